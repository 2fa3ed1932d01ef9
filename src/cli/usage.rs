//! The usage of each command, in each language: what `--help` and a wrong command line print.

use crate::words::Cmd;
use kommunematch::app::i18n::Lang;

/// The usage of a command (or the overview), in `lang`.
pub fn usage(lang: Lang, cmd: Cmd) -> &'static str {
    match cmd {
        Cmd::None => overview(lang),
        Cmd::Match => match_usage(lang),
        Cmd::Scores => scores_usage(lang),
        Cmd::Gazetteer => gazetteer_usage(lang),
        Cmd::Inspect => inspect_usage(lang),
        Cmd::Letters => letters_usage(lang),
        Cmd::Compare => compare_usage(lang),
        Cmd::Template => kommunematch::engine::fluent::plain(lang, "usage-template"),
    }
}

/// The commands at a glance.
fn overview(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-overview")
}

/// `kommunematch match`.
fn match_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-match")
}

/// `kommunematch scores`.
fn scores_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-scores")
}

/// `kommunematch gazetteer`.
fn gazetteer_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-gazetteer")
}

/// `kommunematch inspect`.
fn inspect_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-inspect")
}

/// `kommunematch letters`.
fn letters_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-letters")
}

/// `kommunematch compare`.
fn compare_usage(lang: Lang) -> &'static str {
    kommunematch::engine::fluent::plain(lang, "usage-compare")
}
