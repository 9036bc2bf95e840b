//! The ally and rival view: year slider with play, type filters, the diagram (or its
//! table), zoom and export buttons, and the card of the pointed-at or opened item.
//! Year, types, table and the opened card live in the URL.

use crate::diagram::{
    layout, play_next, play_start, status_text, type_counts, year_span, year_text, year_value_text,
    DiagramState, Frame, Item, Selection, Viewport, PLAY_STEP,
};
use crate::model::{Profile, RelationshipType};
use crate::route::{Pane, Route};
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::diagram::diagram_canvas::{find_item, DiagramCanvas, DiagramSignals, DrawnItems};
use crate::ui::diagram::diagram_export::{download_png, download_svg};
use crate::ui::diagram::relationship_card::{link_sample, RelationshipCard};
use crate::ui::diagram::relationship_table::RelationshipTable;
use crate::ui::diagram::still_picture::StillPicture;
use crate::ui::pages::whole_page::{builds_whole, built_apart};
use crate::ui::shell::use_pane_state::use_pane_state;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DiagramView(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    let (state, update) =
        use_pane_state::<DiagramState>(route, profile.id.to_string(), Pane::Diagram);
    let present = profile.present_year();
    let total = profile.relationships.len();

    // Wide or phone layout, from the width the view has.
    let frame = RwSignal::new(Frame::Wide);
    let section = NodeRef::<leptos::html::Section>::new();
    // A view not laid out yet (the app building a pre-rendered page off screen, see
    // `take_over`) has no width: its pre-rendered twin on the page has the one it will have,
    // so that it is drawn once, in the right frame, not once more when it is swapped in.
    let measure = move || {
        let width = |el: &web_sys::Element| Some(el.client_width()).filter(|w| *w > 0);
        let own = section.get_untracked().and_then(|el| width(&el));
        let twin = || {
            let twin = document()
                .query_selector("section.diagram")
                .ok()
                .flatten()?;
            width(&twin)
        };
        if let Some(width) = own.or_else(twin) {
            frame.set(Frame::for_width(width as f64));
        }
    };
    Effect::new(move |_| {
        if section.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let layout = {
        let profile = profile.clone();
        Memo::new(move |_| Arc::new(layout(&profile, frame.get())))
    };
    let shown = {
        let profile = profile.clone();
        Memo::new(move |_| {
            state.with(|s| {
                profile
                    .relationships
                    .iter()
                    .map(|r| s.filter.shows(r, present))
                    .collect::<Vec<bool>>()
            })
        })
    };
    let selected = {
        let profile = profile.clone();
        Memo::new(move |_| {
            state.with(|s| {
                let selection = s.selected.as_ref()?;
                layout.with(|lay| selection.item(&profile, lay))
            })
        })
    };
    let signals = DiagramSignals {
        layout,
        shown,
        active: RwSignal::new(None),
        selected,
        viewport: RwSignal::new(Viewport::default()),
    };
    // The card previews the pointed-at or focused item; an opened one stays until closed.
    let card_item = Memo::new(move |_| signals.active.get().or(selected.get()));
    let card_open = Signal::derive(move || {
        let active = signals.active.get();
        active.is_none() || active == selected.get()
    });
    let heading_ref = NodeRef::<leptos::html::H3>::new();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let drawn = DrawnItems::new();

    // Opening a card moves focus into it (so its footnotes are the next Tab stops), once
    // the URL names it and it is on the page.
    let focus_card = StoredValue::new(false);
    Effect::new(move |_| {
        if selected.get().is_some() && focus_card.get_value() {
            focus_card.set_value(false);
            request_animation_frame(move || {
                if let Some(heading) = heading_ref.get_untracked() {
                    let _ = heading.focus();
                }
            });
        }
    });
    let on_open = {
        let profile = profile.clone();
        Callback::new(move |item: Item| {
            // The centre's card only summarizes; there is nothing to keep open.
            let Some(selection) = layout.with_untracked(|lay| Selection::of(item, &profile, lay))
            else {
                return;
            };
            focus_card.set_value(true);
            update(false, &|s| s.selected = Some(selection.clone()));
        })
    };
    let on_close = Callback::new(move |()| {
        let was = signals.active.get_untracked().or(selected.get_untracked());
        signals.active.set(None);
        if state.with_untracked(|s| s.selected.is_some()) {
            update(false, &|s| s.selected = None);
        }
        // Back to the item the card was about.
        if let Some(el) = was
            .zip(svg_ref.get_untracked())
            .and_then(|(item, svg)| find_item(&svg, item))
        {
            let _ = el.focus();
            // Focusing the item previews its card again; the reader asked for it closed.
            signals.active.set(None);
        }
    });

    // The year: a slider over the span the relationships cover, with play and pause.
    let span = year_span(&profile);
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    on_cleanup(stop);
    let play = move |span: (i32, i32)| {
        if playing.get_untracked() {
            stop();
            return;
        }
        let start = play_start(state.with_untracked(|s| s.filter.year), span);
        if state.with_untracked(|s| s.filter.year != Some(start)) {
            update(true, &|s| s.filter.year = Some(start));
        }
        playing.set(true);
        let handle = set_interval_with_handle(
            move || match play_next(state.with_untracked(|s| s.filter.year), span.1) {
                Some(year) => update(true, &|s| s.filter.year = Some(year)),
                None => stop(),
            },
            PLAY_STEP,
        );
        timer.set_value(handle.ok());
    };

    let counts = {
        let profile = profile.clone();
        Memo::new(move |_| state.with(|s| type_counts(&profile, &s.filter)))
    };
    let shown_count = Memo::new(move |_| shown.with(|s| s.iter().filter(|v| **v).count()));
    let undated = profile
        .relationships
        .iter()
        .filter(|r| r.period.is_none())
        .count();
    let whole = builds_whole();
    let table = Memo::new(move |_| state.with(|s| s.table));
    let printing = use_printing();
    let id = StoredValue::new(profile.id.to_string());
    let export = move |png: bool| {
        let Some(svg) = svg_ref.get_untracked() else {
            return;
        };
        drawn.write_all();
        let stem = match state.with_untracked(|s| s.filter.year) {
            Some(year) => format!("{}-relationships-{year}", id.get_value()),
            None => format!("{}-relationships", id.get_value()),
        };
        if png {
            download_png(&svg, &format!("{stem}.png"));
        } else {
            download_svg(&svg, &format!("{stem}.svg"));
        }
    };

    if profile.actors.is_empty() {
        return view! {
            <section class="diagram" aria-labelledby="diagram-title">
                <h2 class="diagram__title" id="diagram-title">"Allies and rivals"</h2>
                <p class="diagram__empty">"This profile records no allies, rivals or other relationships."</p>
            </section>
        }
        .into_any();
    }

    view! {
        <section class="diagram" aria-labelledby="diagram-title" node_ref=section>
            <h2 class="diagram__title" id="diagram-title">"Allies and rivals"</h2>
            <div class="diagram__controls app-only">
                {span.map(|(first, last)| view! {
                    <div class="diagram__years">
                        <button type="button" class="button button--quiet button--small diagram__all-years" aria-pressed=move || state.with(|s| s.filter.year.is_none()).to_string()
                            on:click=move |_| { stop(); update(false, &|s| s.filter.year = None) }>{format!("All years ({first}–{last})")}</button>
                        <button type="button" class="button button--quiet button--small diagram__play" aria-pressed=move || playing.get().to_string()
                            on:click=move |_| play((first, last))>{move || if playing.get() { "Pause" } else { "Play" }}</button>
                        <label class="diagram__slider">
                            <span class="diagram__slider-label">"Year"</span>
                            <input type="range" class="diagram__range" min=first max=last step="1"
                                // The attribute for the pre-rendered page, the property for the app.
                                value=move || state.with(|s| s.filter.year.unwrap_or(last)).to_string()
                                prop:value=move || state.with(|s| s.filter.year.unwrap_or(last)).to_string()
                                aria-valuetext=move || state.with(|s| year_value_text(s.filter.year))
                                on:input:target=move |ev| {
                                    if let Ok(year) = ev.target().value().parse::<i32>() {
                                        update(true, &|s| s.filter.year = Some(year));
                                    }
                                }/>
                            <output class="diagram__year">{move || state.with(|s| year_text(s.filter.year))}</output>
                        </label>
                    </div>
                })}
                <fieldset class="diagram__chips">
                    <legend class="visually-hidden">"Show relationship types"</legend>
                    {RelationshipType::ALL.into_iter().filter(|t| counts.with_untracked(|c| c.contains_key(t))).map(|kind| {
                        let on = move || state.with(|s| s.filter.types.contains(kind));
                        view! {
                            <button type="button" class="chip chip--rel" data-type=kind.key() aria-pressed=move || on().to_string()
                                on:click=move |_| update(false, &|s| s.filter.types.toggle(kind))>
                                {link_sample(kind)}
                                {kind.label()}
                                <span class="chip__count">{move || counts.with(|c| c.get(&kind).copied().unwrap_or(0))}</span>
                            </button>
                        }
                    }).collect_view()}
                </fieldset>
                <p class="diagram__status" role="status">
                    <span class="diagram__count">{move || status_text(shown_count.get(), total, state.with(|s| s.filter.year), undated)}</span>
                    " "<button type="button" class="button button--quiet button--small diagram__clear" hidden=move || !state.with(|s| s.filter.is_active())
                        on:click=move |_| { stop(); update(false, &|s| s.filter = Default::default()) }>"Clear filters"</button>
                </p>
                <div class="diagram__toolbar">
                    <div class="diagram__switch" role="group" aria-label="Show as">
                        <button type="button" class="button button--quiet button--small" aria-pressed=move || (!table.get()).to_string() on:click=move |_| update(false, &|s| s.table = false)>"Diagram"</button>
                        <button type="button" class="button button--quiet button--small" aria-pressed=move || table.get().to_string() on:click=move |_| update(false, &|s| s.table = true)>"Table"</button>
                    </div>
                    <div class="diagram__zoom" role="group" aria-label="Zoom" hidden=move || table.get()>
                        <button type="button" class="button button--quiet button--small" aria-label="Zoom out" on:click=move |_| zoom(signals, 0.8)>"−"</button>
                        <button type="button" class="button button--quiet button--small" aria-label="Zoom in" on:click=move |_| zoom(signals, 1.25)>"+"</button>
                        <button type="button" class="button button--quiet button--small" disabled=move || signals.viewport.get().is_default() on:click=move |_| signals.viewport.set(Viewport::default())>"Reset view"</button>
                    </div>
                    <div class="diagram__export" hidden=move || table.get()>
                        <button type="button" class="button button--quiet button--small" on:click=move |_| export(false)>"Download SVG"</button>
                        <button type="button" class="button button--quiet button--small" on:click=move |_| export(true)>"Download PNG"</button>
                    </div>
                </div>
                <p class="diagram__hint" hidden=move || table.get()>"Ctrl + wheel or pinch to zoom, drag to pan. Arrow keys walk the diagram; Enter opens a card."</p>
            </div>
            {
                let profile = profile.clone();
                move || if table.get() {
                    view! { <RelationshipTable profile=profile.clone() layout shown/> }.into_any()
                } else {
                    view! {
                        <div class="diagram__stage">
                            {if is_server() {
                                view! { <StillPicture profile=profile.clone()/> }.into_any()
                            } else {
                                view! { <DiagramCanvas profile=profile.clone() signals svg_ref drawn on_open on_close/> }.into_any()
                            }}
                        </div>
                        <RelationshipCard profile=profile.clone() layout shown item=card_item open=card_open on_close heading_ref/>
                        // A printout has the picture and then the table; so has a pre-rendered
                        // page, which is read without the app too (and so the app taking it over).
                        {let profile = profile.clone(); let due = built_apart(); move || (whole || printing.get()).then(|| if due.get() || printing.get() {
                            view! { <RelationshipTable profile=profile.clone() layout shown/> }.into_any()
                        } else {
                            view! { <p class="status status--loading"></p> }.into_any()
                        })}
                    }.into_any()
                }
            }
        </section>
    }
    .into_any()
}

fn zoom(signals: DiagramSignals, factor: f64) {
    let (w, h) = signals.layout.with_untracked(|l| (l.width, l.height));
    signals
        .viewport
        .update(|v| *v = v.zoom_at(factor, (w / 2.0, h / 2.0)).clamped(w, h));
}
