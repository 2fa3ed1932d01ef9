//! The languages of the page, the messages and the exports, and numbers as each writes them (the messages
//! themselves: `fluent`).

/// A language of the messages and the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// Ukrainian.
    Uk,
}

impl Lang {
    /// Every language, in the order the page offers them.
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Nn, Lang::Uk, Lang::En];

    /// The BCP 47 code: `nb`, `nn`, `uk`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Uk => "uk",
        }
    }

    /// The language's own name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk (bokmål)",
            Lang::Nn => "Norsk (nynorsk)",
            Lang::Uk => "Українська",
        }
    }

    /// The language of a code (`nb-NO`, `no`, `nn`, `nn-NO`, `no-NN`, `uk-UA`, `en-GB`…), if there is one.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        match parts.next().unwrap_or("") {
            "nn" => Some(Lang::Nn),
            "no" if parts.any(|p| p == "nn") => Some(Lang::Nn),
            "nb" | "no" => Some(Lang::Nb),
            "uk" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Of one text (or anything) per language, given in the order en, nb, nn, uk, the one of this language.
    pub fn pick<T>(self, [en, nb, nn, uk]: [T; 4]) -> T {
        match self {
            Lang::En => en,
            Lang::Nb => nb,
            Lang::Nn => nn,
            Lang::Uk => uk,
        }
    }

    /// The first of the browser's preferred languages there is; English otherwise.
    pub fn from_browser(preferred: &[String]) -> Lang {
        preferred.iter().find_map(|c| Lang::from_code(c)).unwrap_or_default()
    }
}

/// A whole number as the language writes it: `12 345` in nb and uk (no-break space), `12,345` in en.
pub fn num(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Nb | Lang::Nn | Lang::Uk => "\u{a0}",
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    if n < 0 {
        format!("−{out}")
    } else {
        out
    }
}
