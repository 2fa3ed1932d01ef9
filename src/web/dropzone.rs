//! The drop zone and file picker: both send the same message, the files read as bytes.

use crate::app::i18n::{t, Lang};
use crate::engine::table::{ReadErrorKind, MAX_FILE_BYTES};
use crate::engine::{Input, ReadError};
use crate::key;
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called once with all files of one drop or pick, in the order given: the bytes of each file read, or
    /// why it was not read.
    pub on_files: Callback<Vec<Result<Input, ReadError>>>,
    /// The interface language.
    pub lang: Lang,
}

type Read = Result<Input, ReadError>;

/// Reads a batch of files and calls back once all have been read. A file over the size limit is not read at
/// all (reading a file of gigabytes dropped by mistake would take the tab down), and one the browser cannot
/// read is given with what the browser said: both keep their place in the list with their message.
fn read_all(files: Vec<web_sys::File>, readers: Rc<RefCell<Vec<FileReader>>>, done: Callback<Vec<Read>>) {
    let total = files.len();
    if total == 0 {
        return;
    }
    let collected: Rc<RefCell<Vec<Option<Read>>>> = Rc::new(RefCell::new(vec![None; total]));
    let finish = {
        let (collected, readers) = (collected.clone(), readers.clone());
        Rc::new(move |i: usize, read: Read| {
            let complete = {
                let mut c = collected.borrow_mut();
                c[i] = Some(read);
                c.iter().all(Option::is_some)
            };
            if complete {
                let all = collected.borrow_mut().drain(..).flatten().collect();
                done.emit(all);
                // The readers have finished; let them go. Deferred: this may run inside one of them.
                let readers = readers.clone();
                gloo::timers::callback::Timeout::new(0, move || readers.borrow_mut().clear()).forget();
            }
        })
    };
    for (i, f) in files.into_iter().enumerate() {
        let size = f.size();
        let file = File::from(f);
        let name = file.name();
        if size > MAX_FILE_BYTES as f64 {
            let kind = ReadErrorKind::TooLarge { bytes: size as usize, limit: MAX_FILE_BYTES };
            finish(i, Err(ReadError { file: name, kind }));
            continue;
        }
        let finish = finish.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |res| {
            let read = match res {
                Ok(bytes) => Ok(Input { name, bytes, side: None }),
                Err(e) => Err(ReadError { file: name, kind: ReadErrorKind::CannotRead { detail: e.to_string() } }),
            };
            finish(i, read);
        });
        readers.borrow_mut().push(reader);
    }
}

fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(DropZone)]
pub fn drop_zone(props: &Props) -> Html {
    let lang = props.lang;
    let readers = use_mut_ref(Vec::<FileReader>::new);
    let over = use_state(|| false);
    let ondrop = {
        let (readers, cb, over) = (readers.clone(), props.on_files.clone(), over.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            read_all(file_list(e.data_transfer().and_then(|d| d.files())), readers.clone(), cb.clone());
        })
    };
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let onchange = {
        let (readers, cb) = (readers.clone(), props.on_files.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            read_all(file_list(input.files()), readers.clone(), cb.clone());
            // Let the same file be picked again after it was removed.
            input.set_value("");
        })
    };
    html! {
        <div class={classes!("dropzone", over.then_some("over"))} {ondrop} {ondragover} {ondragleave}>
            <p>{ t(lang, key!("drop.text")) }</p>
            <input id="file-input" class="visually-hidden" type="file" multiple=true
                accept=".xlsx,.xls,.ods,.csv,.tsv,.txt,.json" {onchange} />
            <label class="button" for="file-input">{ t(lang, key!("drop.choose")) }</label>
        </div>
    }
}
