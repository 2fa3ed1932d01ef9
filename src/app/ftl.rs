//! What a Fluent file (`locales/*.ftl`) holds, read with `fluent-syntax`, the parser `fluent-bundle` uses: its
//! messages, each with the variables it uses (in the order of their first use) and the keys of the variants of
//! each selector. Shared by `build.rs` (the keys `key!` checks when the program is compiled) and the
//! translators' check (`app::locales::check`).

use fluent_syntax::ast;

/// A message of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    /// Its id (`step-load`).
    pub id: String,
    /// The variables it uses, in the order of their first use.
    pub variables: Vec<String>,
    /// Per selector on a variable: the variable and its variants' keys (`one`, `few`, `other`, `0`).
    pub selectors: Vec<(String, Vec<String>)>,
}

/// The messages of `source`, or the parser's errors as text (with the line of each).
pub fn messages(source: &str) -> Result<Vec<MessageInfo>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            let line = |at: usize| source.get(..at).map_or(0, |s| s.matches('\n').count() + 1);
            return Err(errors.iter().map(|e| format!("line {}: {:?}", line(e.pos.start), e.kind)).collect());
        }
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut info = MessageInfo { id: m.id.name.to_string(), variables: Vec::new(), selectors: Vec::new() };
            if let Some(p) = &m.value {
                pattern(p, &mut info);
            }
            for a in &m.attributes {
                pattern(&a.value, &mut info);
            }
            out.push(info);
        }
    }
    Ok(out)
}

fn pattern(p: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_of(expression, info);
        }
    }
}

fn expression_of(e: &ast::Expression<&str>, info: &mut MessageInfo) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, info);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                info.selectors.push((id.name.to_string(), keys));
            }
            for v in variants {
                pattern(&v.value, info);
            }
        }
        ast::Expression::Inline(i) => inline(i, info),
    }
}

fn inline(e: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    match e {
        ast::InlineExpression::VariableReference { id } if !info.variables.iter().any(|v| v == id.name) => {
            info.variables.push(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_of(expression, info),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, info);
            }
            for a in &arguments.named {
                inline(&a.value, info);
            }
        }
        _ => {}
    }
}
