//! E-mail addresses as the surveys give them, checked before a mail program sees them: only an address a mail
//! program can send to (ASCII `local@domain`, as RFC 5322's dot-atom) becomes a recipient. A cell may hold
//! several (`a@x.no; b@y.no`), a display form (`Kari <kari@x.no>`) or a `mailto:` link.

/// Why one side's contact is not among a letter's recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// The survey gives no address.
    Missing,
    /// The address in the survey is not one a mail program can send to.
    Unusable,
}

/// An address a mail program can send to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Address(String);

impl Address {
    /// The address as written in a header.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The addresses of a survey cell: every one usable, or why the cell cannot be used.
pub fn parse(cell: &str) -> Result<Vec<Address>, LeftOut> {
    let tokens: Vec<&str> = cell.split([';', ',', ' ', '\t', '\n', '\r']).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        return Err(LeftOut::Missing);
    }
    // `Kari Nordmann <kari@x.no>`: the address is the bracketed token; the name words around it are not.
    let bracketed: Vec<&str> = tokens.iter().filter(|t| t.contains('<') || t.contains('>')).copied().collect();
    let candidates = if bracketed.is_empty() { tokens } else { bracketed };
    let mut out = Vec::new();
    for t in candidates {
        let t = match t.strip_prefix('<') {
            Some(inner) => inner.strip_suffix('>').ok_or(LeftOut::Unusable)?,
            None if t.contains(['<', '>']) => return Err(LeftOut::Unusable),
            None => t,
        };
        let t = t.strip_prefix("mailto:").or_else(|| t.strip_prefix("MAILTO:")).unwrap_or(t);
        if !valid(t) {
            return Err(LeftOut::Unusable);
        }
        let a = Address(t.to_string());
        if !out.contains(&a) {
            out.push(a);
        }
    }
    Ok(out)
}

/// Whether a text is an address: `local@domain`, ASCII, the local part RFC 5322's dot-atom (at most 64
/// characters), the domain two or more labels of letters, digits and inner hyphens, the last of letters.
pub fn valid(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let atom = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.split('.').all(|part| !part.is_empty() && part.chars().all(atom));
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let tld_ok = labels.last().is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
    s.len() <= 254 && local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_as_surveys_write_them() {
        let ok = |cell: &str| parse(cell).map(|v| v.into_iter().map(|a| a.0).collect::<Vec<_>>());
        assert_eq!(ok(" kari@sola.kommune.no "), Ok(vec!["kari@sola.kommune.no".into()]));
        assert_eq!(ok("Kari Nordmann <kari@sola.no>"), Ok(vec!["kari@sola.no".into()]));
        assert_eq!(ok("mailto:o.k@bucha.gov.ua"), Ok(vec!["o.k@bucha.gov.ua".into()]));
        assert_eq!(ok("a@x.no; b@y.ua, a@x.no"), Ok(vec!["a@x.no".into(), "b@y.ua".into()]));
        assert_eq!(ok(""), Err(LeftOut::Missing));
        assert_eq!(ok("  "), Err(LeftOut::Missing));
        for bad in [
            "anonymous",
            "kari@sola",
            "kari@@sola.no",
            "kari.@sola.no",
            "kari@-sola.no",
            "kåri@sola.no",
            "kari@bø.no",
            "kari@sola.no\r\nBcc: x@y.no",
            "\"kari\"@sola.no",
            "kari@sola.no; ikke oppgitt",
            "kari@sola.n0",
            "<kari@sola.no>, \"x\" <y@evil.example",
            "kari@sola.no>",
        ] {
            assert_eq!(ok(bad), Err(LeftOut::Unusable), "{bad:?}");
        }
    }
}
