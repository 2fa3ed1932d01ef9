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
    lang.pick(match c {
        OfferId => ["Kommunenummer (municipality id)", "Kommunenummer", "Kommunenummer", "Номер комуни"],
        Municipality => ["Municipality", "Kommune", "Kommune", "Муніципалітет"],
        NeedId => ["KATOTTG (community id)", "KATOTTG-kode", "KATOTTG-kode", "Код КАТОТТГ"],
        Community => ["Community", "Hromada", "Hromada", "Громада"],
        Score => ["Score", "Poeng", "Poeng", "Бал"],
        UrgentNeedsMet => {
            ["Urgent needs met", "Akutte behov dekket", "Akutte behov dekte", "Задоволені нагальні потреби"]
        }
        LongTermNeedsMet => [
            "Long-term needs met",
            "Langsiktige behov dekket",
            "Langsiktige behov dekte",
            "Задоволені довгострокові потреби",
        ],
        Locked => ["Locked by", "Låst av", "Låst av", "Закріплено"],
        ScoreByComponent => ["Score by component", "Poeng per del", "Poeng per del", "Бал за складниками"],
        Id => ["Id", "ID", "ID", "Ідентифікатор"],
        Name => ["Name", "Navn", "Namn", "Назва"],
        ReasonCode => ["Reason code", "Årsakskode", "Årsakskode", "Код причини"],
        Reason => ["Reason", "Årsak", "Årsak", "Причина"],
    })
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
    match (s, lang) {
        (ExportSheet::Pairs, Lang::En) => "Pairs",
        (ExportSheet::Pairs, Lang::Nb | Lang::Nn) => "Par",
        (ExportSheet::Pairs, Lang::Uk) => "Пари",
        (ExportSheet::UnmatchedOffers, Lang::En) => "Unmatched municipalities",
        (ExportSheet::UnmatchedOffers, Lang::Nb) => "Kommuner uten partner",
        (ExportSheet::UnmatchedOffers, Lang::Nn) => "Kommunar utan partnar",
        (ExportSheet::UnmatchedOffers, Lang::Uk) => "Муніципалітети без партнера",
        (ExportSheet::UnmatchedNeeds, Lang::En) => "Unmatched communities",
        (ExportSheet::UnmatchedNeeds, Lang::Nb) => "Hromadaer uten partner",
        (ExportSheet::UnmatchedNeeds, Lang::Nn) => "Hromadaar utan partnar",
        (ExportSheet::UnmatchedNeeds, Lang::Uk) => "Громади без партнера",
    }
}
