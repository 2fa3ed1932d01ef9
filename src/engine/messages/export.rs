//! The words of the exports: their columns' headers and their sheets' names.

use crate::engine::lang::Lang;

/// A column of the CSV and XLSX exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportColumn {
    /// The municipality's id (kommunenummer).
    OfferId,
    /// The municipality's name.
    Municipality,
    /// The community's id (KATOTTG).
    NeedId,
    /// The community's name.
    Community,
    /// The pair's score.
    Score,
    /// Urgent needs the pair meets.
    UrgentNeedsMet,
    /// Long-term needs the pair meets.
    LongTermNeedsMet,
    /// Who locked the pair.
    Locked,
    /// The score by component.
    ScoreByComponent,
    /// An id.
    Id,
    /// A name.
    Name,
    /// A stable reason code.
    ReasonCode,
    /// The reason in words.
    Reason,
}

/// A column header of the exports, in `lang`.
pub fn export_column(lang: Lang, c: ExportColumn) -> &'static str {
    use ExportColumn::*;
    crate::engine::fluent::plain(
        lang,
        match c {
            OfferId => "export-kommunenummer-municipality-id",
            Municipality => "export-municipality",
            NeedId => "export-katottg-community-id",
            Community => "export-community",
            Score => "export-score",
            UrgentNeedsMet => "export-urgent-needs-met",
            LongTermNeedsMet => "export-long-term-needs-met",
            Locked => "export-locked",
            ScoreByComponent => "export-score-component",
            Id => "export-id",
            Name => "export-name",
            ReasonCode => "export-reason-code",
            Reason => "export-reason",
        },
    )
}

/// A sheet of the XLSX export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportSheet {
    /// The pairs.
    Pairs,
    /// Municipalities without a partner.
    UnmatchedOffers,
    /// Communities without a partner.
    UnmatchedNeeds,
}

/// A sheet name of the XLSX export, in `lang` (at most 31 characters, as Excel allows).
pub fn sheet_name(lang: Lang, s: ExportSheet) -> &'static str {
    crate::engine::fluent::plain(
        lang,
        match s {
            ExportSheet::Pairs => "sheet-pairs",
            ExportSheet::UnmatchedOffers => "sheet-unmatched-municipalities",
            ExportSheet::UnmatchedNeeds => "sheet-unmatched-communities",
        },
    )
}
