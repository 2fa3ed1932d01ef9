//! A map of a crate's source as its `use` paths show it, test code left out: its files (one per module file),
//! which file each path of a file leads to (through re-exports, to the file that defines the item), the
//! import circles among files, every file's lines of code and every function's length.
//!
//! Read with `syn`; paths in a macro's tokens (`html!`, `format!`) count as paths too. The crates in `src`
//! are the library (`lib.rs`) and each binary root (`main.rs`, `cli/main.rs`); a binary's paths through the
//! library's name (`kommunematch::…`) lead into the library's files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use syn::spanned::Spanned;
use syn::visit::Visit;

/// A file's index in [`CodeMap::files`].
pub type FileId = usize;

/// The library's name, as the binaries write it.
const LIB: &str = "kommunematch";

/// One source file of a module.
#[derive(Debug)]
pub struct SourceFile {
    /// Path under the source folder, with `/`.
    pub rel: String,
    /// The module path inside its crate (`engine::survey::values`; `` for a crate root), prefixed by `bin:`
    /// roots' names for binaries' modules (`cli::args`).
    pub module: String,
    /// Lines outside test code (comments and blank lines count: a reader reads them too).
    pub code_lines: usize,
    /// Paths to other crates this file names (`std::fs`, `yew::prelude`), first segments joined by `::`.
    pub external_paths: BTreeSet<String>,
    paths: Vec<(usize, Vec<String>)>,
    functions: Vec<Function>,
}

/// A function or method with a body, outside test code.
#[derive(Debug, Clone)]
pub struct Function {
    /// Its name (`Type::method` for methods).
    pub name: String,
    /// The file it is in.
    pub file: FileId,
    /// From `fn` to the closing brace.
    pub lines: usize,
}

/// A module: its file, its children, what it defines and what its `use` items bring in.
#[derive(Debug, Default)]
struct Module {
    file: FileId,
    children: BTreeMap<String, usize>,
    defined: BTreeSet<String>,
    /// Name brought in → the module whose `use` brings it and the path as written there.
    imports: BTreeMap<String, (usize, Vec<String>)>,
    /// The parent module, for `super`.
    parent: Option<usize>,
    /// The crate root's module, for `crate`.
    root: usize,
}

/// The map of every crate in a source folder.
#[derive(Debug, Default)]
pub struct CodeMap {
    /// Every module file.
    pub files: Vec<SourceFile>,
    modules: Vec<Module>,
    lib_root: Option<usize>,
    edges: Vec<BTreeSet<FileId>>,
}

impl CodeMap {
    /// Reads the crates of a source folder: `lib.rs`, `main.rs` and `cli/main.rs` when present.
    pub fn of_crate_dir(src: &Path) -> CodeMap {
        let mut map = CodeMap::default();
        if src.join("lib.rs").exists() {
            let root = map.read_module_file(src, &src.join("lib.rs"), String::new(), None, None);
            map.lib_root = Some(root);
        }
        for (rel, name) in [("main.rs", "bin"), ("cli/main.rs", "cli")] {
            if src.join(rel).exists() {
                map.read_module_file(src, &src.join(rel), name.to_string(), None, None);
            }
        }
        map.resolve_edges();
        map
    }

    /// The files a file's paths lead to (itself left out).
    pub fn uses(&self, file: FileId) -> &BTreeSet<FileId> {
        &self.edges[file]
    }

    /// Every function outside test code.
    pub fn functions(&self) -> impl Iterator<Item = &Function> {
        self.files.iter().flat_map(|f| f.functions.iter())
    }

    /// The import circles: every strongly connected set of more than one file (Tarjan's algorithm).
    pub fn circles(&self) -> Vec<Vec<FileId>> {
        struct Tarjan<'a> {
            edges: &'a [BTreeSet<FileId>],
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<FileId>,
            next: usize,
            found: Vec<Vec<FileId>>,
        }
        impl Tarjan<'_> {
            fn visit(&mut self, v: FileId) {
                self.index[v] = Some(self.next);
                self.low[v] = self.next;
                self.next += 1;
                self.stack.push(v);
                self.on_stack[v] = true;
                for &w in self.edges[v].iter() {
                    match self.index[w] {
                        None => {
                            self.visit(w);
                            self.low[v] = self.low[v].min(self.low[w]);
                        }
                        Some(i) if self.on_stack[w] => self.low[v] = self.low[v].min(i),
                        Some(_) => {}
                    }
                }
                if Some(self.low[v]) == self.index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack[w] = false;
                        component.push(w);
                        if w == v {
                            break;
                        }
                    }
                    if component.len() > 1 {
                        self.found.push(component);
                    }
                }
            }
        }
        let n = self.files.len();
        let mut t = Tarjan {
            edges: &self.edges,
            index: vec![None; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            found: Vec::new(),
        };
        for v in 0..n {
            if t.index[v].is_none() {
                t.visit(v);
            }
        }
        t.found
    }

    fn read_module_file(
        &mut self,
        src: &Path,
        path: &Path,
        module: String,
        parent: Option<usize>,
        root: Option<usize>,
    ) -> usize {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rel = path.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        let file = self.files.len();
        let test_lines = test_line_ranges(&syntax.items);
        let code_lines =
            text.lines().enumerate().filter(|(k, _)| !test_lines.iter().any(|r| r.contains(&(k + 1)))).count();
        self.files.push(SourceFile {
            rel,
            module: module.clone(),
            code_lines,
            external_paths: BTreeSet::new(),
            paths: Vec::new(),
            functions: Vec::new(),
        });
        let m = self.modules.len();
        self.modules.push(Module { file, parent, root: root.unwrap_or(m), ..Module::default() });
        // A module file's children live beside it (`mod.rs`, crate roots) or in a folder named after it.
        let own_dir = match path.file_name().and_then(|n| n.to_str()) {
            Some("mod.rs" | "lib.rs" | "main.rs") => path.parent().unwrap().to_path_buf(),
            _ => path.with_extension(""),
        };
        self.read_items(src, &own_dir, &syntax.items, m, &module);
        m
    }

    fn read_items(&mut self, src: &Path, dir: &Path, items: &[syn::Item], m: usize, module: &str) {
        for item in items {
            if is_test(item_attrs(item)) {
                continue;
            }
            match item {
                syn::Item::Mod(md) => {
                    let name = md.ident.to_string();
                    let child_path = if module.is_empty() { name.clone() } else { format!("{module}::{name}") };
                    let child = if let Some((_, inner)) = &md.content {
                        let c = self.modules.len();
                        let root = self.modules[m].root;
                        let file = self.modules[m].file;
                        self.modules.push(Module { file, parent: Some(m), root, ..Module::default() });
                        self.read_items(src, &dir.join(&name), inner, c, &child_path);
                        c
                    } else {
                        let candidates = [dir.join(format!("{name}.rs")), dir.join(&name).join("mod.rs")];
                        let Some(path) = candidates.iter().find(|p| p.exists()).cloned() else {
                            continue;
                        };
                        let root = self.modules[m].root;
                        self.read_module_file(src, &path, child_path, Some(m), Some(root))
                    };
                    self.modules[m].children.insert(name, child);
                }
                syn::Item::Use(u) => {
                    let mut out = Vec::new();
                    flatten_use(&u.tree, &mut Vec::new(), &mut out);
                    for (name, path) in out {
                        let file = self.modules[m].file;
                        self.files[file].paths.push((m, path.clone()));
                        if let Some(name) = name {
                            self.modules[m].imports.insert(name, (m, path));
                        }
                    }
                }
                syn::Item::Macro(mac) => {
                    if let Some(ident) = &mac.ident {
                        self.modules[m].defined.insert(ident.to_string());
                        let exported = mac.attrs.iter().any(|a| a.path().is_ident("macro_export"));
                        if exported {
                            let root = self.modules[m].root;
                            // An exported macro lives at the crate root, defined in this file.
                            self.modules[root].imports.insert(ident.to_string(), (m, vec![ident.to_string()]));
                        }
                    }
                    self.collect_paths(m, item);
                }
                _ => {
                    if let Some(name) = item_name(item) {
                        self.modules[m].defined.insert(name);
                    }
                    self.collect_paths(m, item);
                }
            }
        }
    }

    /// The segments from the crate root to module `m`, the crate marker (`#` and the root's index) first.
    fn segments_of(&self, m: usize) -> Vec<String> {
        let mut names = Vec::new();
        let mut at = m;
        while let Some(parent) = self.modules[at].parent {
            if let Some((name, _)) = self.modules[parent].children.iter().find(|(_, &c)| c == at) {
                names.push(name.clone());
            }
            at = parent;
        }
        names.push(format!("#{at}"));
        names.reverse();
        names
    }

    fn collect_paths(&mut self, m: usize, item: &syn::Item) {
        let mut collector = PathCollector::default();
        collector.visit_item(item);
        let file = self.modules[m].file;
        self.files[file].paths.extend(collector.paths.into_iter().map(|p| (m, p)));
        for f in collector.functions {
            self.files[file].functions.push(Function { name: f.0, file, lines: f.1 });
        }
    }

    fn resolve_edges(&mut self) {
        self.edges = vec![BTreeSet::new(); self.files.len()];
        for file in 0..self.files.len() {
            let paths = std::mem::take(&mut self.files[file].paths);
            for (m, path) in &paths {
                match self.start(*m, path).and_then(|p| self.resolve(p, 0)) {
                    Some(Target::File(to)) if to != file => {
                        self.edges[file].insert(to);
                    }
                    Some(Target::External(name)) => {
                        self.files[file].external_paths.insert(name);
                    }
                    _ => {}
                }
            }
        }
    }

    /// A path as written in module `m`, made absolute (`#root` first) when it starts with `crate`, `super`,
    /// `self`, the library's name or a name of the module (a child, an item, an import); another crate's path
    /// (`std::fs`) as that crate's name and next segment; `None` for local names (variables, the prelude).
    fn start(&self, m: usize, path: &[String]) -> Option<Vec<String>> {
        let first = path.first()?;
        let rest = || path.iter().skip(1).cloned();
        let module = &self.modules[m];
        Some(match first.as_str() {
            "crate" | "$crate" => std::iter::once(format!("#{}", module.root)).chain(rest()).collect(),
            LIB if self.lib_root.is_some_and(|r| r != module.root) => {
                std::iter::once(format!("#{}", self.lib_root?)).chain(rest()).collect()
            }
            "self" | "super" => {
                let mut at = m;
                let mut k = 0;
                while let Some(seg) = path.get(k) {
                    match seg.as_str() {
                        "self" => {}
                        "super" => at = self.modules[at].parent.unwrap_or(at),
                        _ => break,
                    }
                    k += 1;
                }
                let mut out = self.segments_of(at);
                out.extend(path.iter().skip(k).cloned());
                out
            }
            name if module.children.contains_key(name)
                || module.defined.contains(name)
                || module.imports.contains_key(name) =>
            {
                let mut out = self.segments_of(m);
                out.extend(path.iter().cloned());
                out
            }
            name if path.len() > 1 && name.chars().next().is_some_and(|c| c.is_ascii_lowercase()) => {
                vec![format!("@{name}::{}", path[1])]
            }
            _ => return None,
        })
    }

    /// The file an absolute path leads to: through modules, then to the module that defines its item,
    /// following `use` items (re-exports and private imports alike).
    fn resolve(&self, path: Vec<String>, depth: usize) -> Option<Target> {
        let first = path.first()?;
        if let Some(external) = first.strip_prefix('@') {
            return Some(Target::External(external.to_string()));
        }
        let mut at = first.strip_prefix('#')?.parse::<usize>().ok()?;
        if depth > 16 {
            return Some(Target::File(self.modules[at].file));
        }
        for (k, seg) in path.iter().enumerate().skip(1) {
            let module = &self.modules[at];
            if let Some(&child) = module.children.get(seg) {
                at = child;
                continue;
            }
            if module.defined.contains(seg) {
                return Some(Target::File(module.file));
            }
            if let Some((from, target)) = module.imports.get(seg) {
                let mut next = target.clone();
                next.extend(path.iter().skip(k + 1).cloned());
                return match self.start(*from, &next) {
                    Some(p) => self.resolve(p, depth + 1),
                    None => Some(Target::File(module.file)),
                };
            }
            // A glob import's name, an enum's variant, an associated item: the module itself.
            return Some(Target::File(module.file));
        }
        Some(Target::File(self.modules[at].file))
    }
}

enum Target {
    File(FileId),
    External(String),
}

/// The line ranges of test items (`#[cfg(test)]`, `#[test]`) among a file's items, nested ones included.
fn test_line_ranges(items: &[syn::Item]) -> Vec<std::ops::RangeInclusive<usize>> {
    let mut out = Vec::new();
    for item in items {
        if is_test(item_attrs(item)) {
            let span = item.span();
            let start = item_attrs(item).first().map_or(span.start().line, |a| a.span().start().line);
            out.push(start..=span.end().line);
        } else if let syn::Item::Impl(imp) = item {
            for it in &imp.items {
                if let syn::ImplItem::Fn(f) = it {
                    if is_test(&f.attrs) {
                        out.push(f.span().start().line..=f.span().end().line);
                    }
                }
            }
        } else if let syn::Item::Mod(syn::ItemMod { content: Some((_, inner)), .. }) = item {
            out.extend(test_line_ranges(inner));
        }
    }
    out
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || (a.path().is_ident("cfg") && a.meta.require_list().is_ok_and(|l| is_test_cfg(l.tokens.clone())))
    })
}

/// `test`, or `all(test, …)`: code compiled only for tests.
fn is_test_cfg(tokens: proc_macro2::TokenStream) -> bool {
    let mut iter = tokens.into_iter();
    match iter.next() {
        Some(proc_macro2::TokenTree::Ident(i)) if i == "test" => iter.next().is_none(),
        Some(proc_macro2::TokenTree::Ident(i)) if i == "all" => match iter.next() {
            Some(proc_macro2::TokenTree::Group(g)) => {
                g.stream().into_iter().any(|t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == "test"))
            }
            _ => false,
        },
        _ => false,
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    use syn::Item::*;
    match item {
        Const(i) => &i.attrs,
        Enum(i) => &i.attrs,
        ExternCrate(i) => &i.attrs,
        Fn(i) => &i.attrs,
        ForeignMod(i) => &i.attrs,
        Impl(i) => &i.attrs,
        Macro(i) => &i.attrs,
        Mod(i) => &i.attrs,
        Static(i) => &i.attrs,
        Struct(i) => &i.attrs,
        Trait(i) => &i.attrs,
        TraitAlias(i) => &i.attrs,
        Type(i) => &i.attrs,
        Union(i) => &i.attrs,
        Use(i) => &i.attrs,
        _ => &[],
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    use syn::Item::*;
    let ident = match item {
        Const(i) => &i.ident,
        Enum(i) => &i.ident,
        Fn(i) => &i.sig.ident,
        Static(i) => &i.ident,
        Struct(i) => &i.ident,
        Trait(i) => &i.ident,
        Type(i) => &i.ident,
        Union(i) => &i.ident,
        _ => return None,
    };
    Some(ident.to_string())
}

/// Flattens a `use` tree into (the name it brings in, the path): `None` for globs.
fn flatten_use(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<(Option<String>, Vec<String>)>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            let mut path = prefix.clone();
            if name != "self" {
                path.push(name.clone());
            }
            let brought = if name == "self" { prefix.last().cloned() } else { Some(name) };
            out.push((brought, path));
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            path.push(r.ident.to_string());
            out.push((Some(r.rename.to_string()), path));
        }
        syn::UseTree::Glob(_) => out.push((None, prefix.clone())),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten_use(t, prefix, out);
            }
        }
    }
}

/// Every path of an item (types, expressions, patterns, macro calls and the paths in macros' tokens) and
/// every function's length; test items left out.
#[derive(Default)]
struct PathCollector {
    paths: Vec<Vec<String>>,
    functions: Vec<(String, usize)>,
    self_type: Option<String>,
}

impl<'ast> Visit<'ast> for PathCollector {
    fn visit_item_mod(&mut self, _: &'ast syn::ItemMod) {}

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if is_test(&i.attrs) {
            return;
        }
        let before = self.self_type.take();
        if let syn::Type::Path(p) = &*i.self_ty {
            self.self_type = p.path.segments.last().map(|s| s.ident.to_string());
        }
        syn::visit::visit_item_impl(self, i);
        self.self_type = before;
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if is_test(&f.attrs) {
            return;
        }
        self.function(f.sig.ident.to_string(), &f.sig, &f.block);
        syn::visit::visit_item_fn(self, f);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if is_test(&f.attrs) {
            return;
        }
        let name = match &self.self_type {
            Some(t) => format!("{t}::{}", f.sig.ident),
            None => f.sig.ident.to_string(),
        };
        self.function(name, &f.sig, &f.block);
        syn::visit::visit_impl_item_fn(self, f);
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        if let Some(block) = &f.default {
            self.function(f.sig.ident.to_string(), &f.sig, block);
        }
        syn::visit::visit_trait_item_fn(self, f);
    }

    /// `pub(super)`, `pub(in crate::x)` say who may see an item, not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}

    fn visit_path(&mut self, p: &'ast syn::Path) {
        let segs: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
        if segs.len() > 1 || p.leading_colon.is_none() {
            self.paths.push(segs);
        }
        syn::visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.visit_path(&m.path);
        scan_tokens(m.tokens.clone(), &mut self.paths);
    }
}

impl PathCollector {
    fn function(&mut self, name: String, sig: &syn::Signature, block: &syn::Block) {
        let start = sig.fn_token.span.start().line;
        let end = block.brace_token.span.close().end().line;
        self.functions.push((name, end + 1 - start));
    }
}

/// Paths in a macro's tokens: identifiers joined by `::` (`results::Table`, `crate::engine::Lang`,
/// `$crate::…`), two segments or more.
fn scan_tokens(tokens: proc_macro2::TokenStream, out: &mut Vec<Vec<String>>) {
    use proc_macro2::{Spacing, TokenTree};
    let mut current: Vec<String> = Vec::new();
    let mut colons = 0;
    let mut dollar = false;
    let flush = |current: &mut Vec<String>, out: &mut Vec<Vec<String>>| {
        if current.len() > 1 {
            out.push(std::mem::take(current));
        }
        current.clear();
    };
    for token in tokens {
        match token {
            TokenTree::Ident(i) => {
                let name = if dollar { format!("${i}") } else { i.to_string() };
                dollar = false;
                if colons == 2 && !current.is_empty() {
                    current.push(name);
                } else {
                    flush(&mut current, out);
                    current.push(name);
                }
                colons = 0;
            }
            TokenTree::Punct(p) if p.as_char() == ':' => {
                colons = if colons == 0 && p.spacing() == Spacing::Joint {
                    1
                } else if colons == 1 {
                    2
                } else {
                    0
                };
                if colons == 0 {
                    flush(&mut current, out);
                }
            }
            TokenTree::Punct(p) if p.as_char() == '$' => {
                flush(&mut current, out);
                dollar = true;
                colons = 0;
            }
            TokenTree::Group(g) => {
                flush(&mut current, out);
                colons = 0;
                scan_tokens(g.stream(), out);
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => {
                flush(&mut current, out);
                colons = 0;
            }
        }
    }
    flush(&mut current, out);
}
