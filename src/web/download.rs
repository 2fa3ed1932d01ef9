//! Downloads: bytes handed to the browser as a file, from a blob URL revoked at once (no request).

use wasm_bindgen::JsCast;

/// Offers bytes as a file download, made in the page: no network request.
fn try_download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Offers the text as a file download; a failure is logged (the browser refused the download).
pub fn download(name: &str, mime: &str, text: &str) {
    download_bytes(name, mime, text.as_bytes());
}

/// Offers bytes as a file download.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    if let Err(e) = try_download(name, mime, bytes) {
        web_sys::console::error_1(&e);
    }
}
