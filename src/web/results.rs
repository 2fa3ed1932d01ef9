//! The result: a summary, the pairs with their score components, the unmatched, and the download.

use crate::engine::taxonomy;
use crate::engine::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
}

fn area_labels(codes: &[String]) -> String {
    codes.iter().map(|c| taxonomy::by_code(c).map_or(c.as_str(), |a| a.en)).collect::<Vec<_>>().join(", ")
}

#[function_component(ResultsView)]
pub fn results_view(props: &Props) -> Html {
    let r = &props.results;
    let ondownload = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            super::download("kommunematch-results.json", "application/json", &r.to_json());
        })
    };
    let capacity: u32 = r.offers.iter().map(|o| o.capacity).sum();
    let wanted: u32 = r.needs.iter().map(|n| n.partners_wanted).sum();
    html! {
        <section aria-labelledby="results-h" class="card" id="results">
            <h2 id="results-h">{ "3. Results" }</h2>
            <p class="summary">
                { format!("{} pairs, total score {}. {} of {} municipalities and {} of {} communities have a partner; {} places offered, {} wanted.",
                    r.pairs.len(), r.objective,
                    r.offers.len() - r.unmatched_offers.len(), r.offers.len(),
                    r.needs.len() - r.unmatched_needs.len(), r.needs.len(), capacity, wanted) }
            </p>
            <button type="button" id="download" onclick={ondownload}>{ "Download results (JSON)" }</button>
            <div class="table-wrap">
                <table id="pairs">
                    <caption>{ "Pairs, by municipality" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Municipality" }</th>
                            <th scope="col">{ "Community" }</th>
                            <th scope="col" class="num">{ "Score" }</th>
                            <th scope="col">{ "Needs met" }</th>
                            <th scope="col">{ "Score by component" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for r.pairs.iter().map(|p| {
                            let mut met = p.urgent_needs_met.clone();
                            met.extend(p.long_term_needs_met.iter().cloned());
                            html! {
                                <tr data-offer={p.offer_id.clone()} data-need={p.need_id.clone()}>
                                    <td>{ &p.offer_name }<span class="id">{ format!(" {}", p.offer_id) }</span></td>
                                    <td>{ &p.need_name }<span class="id">{ format!(" {}", p.need_id) }</span></td>
                                    <td class="num">{ p.score }</td>
                                    <td>{ area_labels(&met) }</td>
                                    <td class="components">{ p.components.iter().map(|c| format!("{} {:+}", c.name.replace('_', " "), c.points)).collect::<Vec<_>>().join(" · ") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="unmatched">
                <details>
                    <summary>{ format!("Municipalities without a partner ({})", r.unmatched_offers.len()) }</summary>
                    <ul>{ for r.unmatched_offers.iter().map(|u| html! { <li><strong>{ &u.name }</strong>{ format!(" ({}): {}", u.id, u.reason) }</li> }) }</ul>
                </details>
                <details>
                    <summary>{ format!("Communities without a partner ({})", r.unmatched_needs.len()) }</summary>
                    <ul>{ for r.unmatched_needs.iter().map(|u| html! { <li><strong>{ &u.name }</strong>{ format!(" ({}): {}", u.id, u.reason) }</li> }) }</ul>
                </details>
            </div>
        </section>
    }
}
