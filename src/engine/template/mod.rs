//! Next round's questionnaires, to download: a spreadsheet to fill in (`xlsx`), its headers and an example row
//! (`csv`) and the questions to print and copy into a form tool (`html`), for either side, in any language. The
//! questions, their options and the mark are `survey::questionnaire`'s, so that what is filled in is read back
//! word for word.

mod answers;
mod file;
mod html;
mod sheet;

pub use answers::{columns, csv, example_row, headers, AnswerColumn};
pub use file::{file_name, questionnaire, Format};
pub use html::html;
pub use sheet::xlsx;
