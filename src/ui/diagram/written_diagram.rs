//! The diagram's page before the diagram's code comes. The page was written with the picture
//! in both frames and the table of every relationship, each row with its type, its years and
//! its counterpart (`RelationshipTable`); this makes the controls work on what is written
//! (the year and its Play, the types and their counts, Clear, Diagram or Table), by the same
//! rules as the app's view (`crate::diagram`): links of relationships filtered out are
//! hidden, actors left with none faded, the table's rows and count follow. The state goes to
//! the address as the view keeps it (`written_view`). Pointing at the picture, its cards, the
//! arrow keys, zoom and export come with the view's code, which comes with the page's tools
//! and takes the part over in the state the address holds.

use crate::diagram::{
    play_next, play_start, status_text, year_text, year_value_text, years_from_key, DiagramFilter,
    DiagramState, PLAY_STEP,
};
use crate::model::RelationshipType;
use crate::route::{Pane, Route};
use crate::ui::diagram::diagram_drawing::{show_link, show_node_live};
use crate::ui::pages::written_view::{all, button_of, first, keep_state, listen, set};
use crate::ui::shell::lazy::{built, code, lazy_view, Code};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

// Its own module: the diagram's page is the only one that needs it.
#[wasm_split(written_diagram, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_written_diagram))]
fn written_diagram(route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    run_written_diagram(route);
    Ok(().into_any())
}

const WRITTEN_DIAGRAM: Code = code!("the diagram's controls", load_written_diagram);

/// The written diagram's controls, working once their code is here; nothing to see (the
/// take-over waits for it while it loads).
pub fn written_diagram_controls(route: ReadSignal<Route>) -> AnyView {
    lazy_view(WRITTEN_DIAGRAM, built(move || written_diagram(route)))
}

/// Makes the written diagram's controls work, until the view's code takes the part over.
fn run_written_diagram(route: ReadSignal<Route>) {
    let root = document().query_selector("[data-part=\"view\"] .diagram");
    let Some(root) = root.ok().flatten() else {
        return;
    };
    let Some(diagram) = WrittenDiagram::read(&root) else {
        return;
    };
    let diagram = Rc::new(diagram);
    let player = Player::default();
    let show = {
        let (diagram, player) = (diagram.clone(), player.clone());
        move |state: &DiagramState| diagram.show(state, player.on())
    };
    let reader_input = |s: &mut DiagramState| diagram.read_reader_input(s);
    let Some((state, change)) = keep_state(&root, route, Pane::Diagram, show, &reader_input) else {
        return;
    };
    let stop = {
        let (diagram, player, state) = (diagram.clone(), player.clone(), state.clone());
        move || {
            if player.stop() {
                diagram.show(&state.borrow(), false);
            }
        }
    };
    // Plays the years from the chosen one (or the first) to the last, one per `PLAY_STEP`,
    // as the view does; stops at the last, or once the view's code has taken the part over.
    let play = {
        let (diagram, player, state, change) = (
            diagram.clone(),
            player.clone(),
            state.clone(),
            change.clone(),
        );
        let (root, stop) = (root.clone(), stop.clone());
        move || {
            let span = diagram.span;
            let tick = {
                let (state, change, root, stop) =
                    (state.clone(), change.clone(), root.clone(), stop.clone());
                move || {
                    // Read before changing it: a borrow in the `match` would last through it.
                    let year = state.borrow().filter.year;
                    match play_next(year, span.1) {
                        Some(year) if root.is_connected() => {
                            change(true, &|s| s.filter.year = Some(year));
                        }
                        _ => stop(),
                    }
                }
            };
            player.start(tick);
            let start = play_start(state.borrow().filter.year, span);
            if !change(true, &|s| s.filter.year = Some(start)) {
                diagram.show(&state.borrow(), true);
            }
        }
    };

    listen(&root, "click", false, {
        let diagram = diagram.clone();
        let change = change.clone();
        move |ev| {
            let Some(button) = button_of(&ev) else {
                return;
            };
            let is = |class| button.class_list().contains(class);
            if is("chip") {
                let kind = button.get_attribute("data-type");
                if let Some(kind) = kind.as_deref().and_then(RelationshipType::from_key) {
                    change(false, &|s| s.filter.types.toggle(kind));
                }
            } else if is("diagram__all-years") {
                stop();
                change(false, &|s| s.filter.year = None);
            } else if is("diagram__clear") {
                stop();
                change(false, &|s| s.filter = DiagramFilter::default());
            } else if is("diagram__play") {
                if player.on() {
                    stop();
                } else {
                    play();
                }
            } else if let Some(table) = diagram.switch.iter().position(|b| *b == button) {
                change(false, &|s| s.table = table == 1);
            }
        }
    });
    listen(&diagram.slider.clone().into(), "input", false, move |_| {
        if let Ok(year) = diagram.slider.value().parse::<i32>() {
            change(true, &|s| s.filter.year = Some(year));
        }
    });
}

/// The timer of the year's Play, while it plays.
#[derive(Clone, Default)]
struct Player(Rc<Cell<Option<IntervalHandle>>>);

impl Player {
    fn on(&self) -> bool {
        let timer = self.0.take();
        let on = timer.is_some();
        self.0.set(timer);
        on
    }

    fn start(&self, tick: impl Fn() + 'static) {
        self.0.set(set_interval_with_handle(tick, PLAY_STEP).ok());
    }

    /// Whether it was playing.
    fn stop(&self) -> bool {
        let timer = self.0.take();
        if let Some(timer) = &timer {
            timer.clear();
        }
        timer.is_some()
    }
}

/// What of the written diagram changes with its state.
struct WrittenDiagram {
    all_years: Element,
    play: Element,
    slider: HtmlInputElement,
    year: Element,
    /// The first and last year of the slider.
    span: (i32, i32),
    chips: Vec<Chip>,
    count: Element,
    clear: Element,
    /// Diagram, then Table.
    switch: Vec<Element>,
    /// Hidden while the table shows: the picture, and the tools that work on it.
    picture_parts: Vec<Element>,
    rows: Vec<Row>,
    /// How many rows are undated, which the status line counts once a year is chosen.
    undated: usize,
    table_count: Element,
    /// Each link of the picture (in both frames) and its row.
    links: Vec<(Element, usize)>,
    /// Each actor of the picture (in both frames) and its rows.
    actors: Vec<(Element, Vec<usize>)>,
}

struct Chip {
    button: Element,
    kind: RelationshipType,
    count: Element,
}

struct Row {
    element: Element,
    kind: RelationshipType,
    /// `None` when undated.
    years: Option<(i32, i32)>,
}

impl WrittenDiagram {
    /// `None` if the page was not written as `DiagramView` writes it.
    fn read(root: &Element) -> Option<Self> {
        let kind =
            |element: &Element| RelationshipType::from_key(&element.get_attribute("data-type")?);
        let chips = all(root, ".diagram__chips .chip")
            .into_iter()
            .map(|button| {
                Some(Chip {
                    kind: kind(&button)?,
                    count: first(&button, ".chip__count")?,
                    button,
                })
            })
            .collect::<Option<_>>()?;
        let table_rows = all(root, ".rel-table tbody tr");
        let rows: Vec<Row> = table_rows
            .iter()
            .map(|row| {
                Some(Row {
                    kind: kind(row)?,
                    years: match row.get_attribute("data-years") {
                        Some(key) => Some(years_from_key(&key)?),
                        None => None,
                    },
                    element: row.clone(),
                })
            })
            .collect::<Option<_>>()?;
        // Each row's relationship and actor, read from the page once: each call into the page
        // costs a string's copy, and matching every link and actor against every row that way
        // took most of this step's time.
        let row_values = |attribute| -> Vec<Option<String>> {
            table_rows
                .iter()
                .map(|row| row.get_attribute(attribute))
                .collect()
        };
        let (relationships, row_actors) =
            (row_values("data-relationship"), row_values("data-actor"));
        let rows_with = |values: &[Option<String>], value: &str| {
            values
                .iter()
                .enumerate()
                .filter(|(_, v)| v.as_deref() == Some(value))
                .map(|(r, _)| r)
                .collect::<Vec<usize>>()
        };
        let links = all(root, ".diagram__stage .link[data-relationship]")
            .into_iter()
            .map(|link| {
                let id = link.get_attribute("data-relationship")?;
                let row = relationships
                    .iter()
                    .position(|r| r.as_deref() == Some(&*id))?;
                Some((link, row))
            })
            .collect::<Option<_>>()?;
        let actors = all(root, ".diagram__stage .node[data-actor]")
            .into_iter()
            .map(|node| {
                let rows = rows_with(&row_actors, &node.get_attribute("data-actor")?);
                Some((node, rows))
            })
            .collect::<Option<_>>()?;
        let slider: HtmlInputElement = first(root, ".diagram__range")?.dyn_into().ok()?;
        let year = |name| slider.get_attribute(name)?.parse().ok();
        let picture_parts = [
            ".diagram__stage",
            ".diagram__zoom",
            ".diagram__export",
            ".diagram__hint",
        ]
        .into_iter()
        .map(|selector| first(root, selector))
        .collect::<Option<_>>()?;
        Some(WrittenDiagram {
            all_years: first(root, ".diagram__all-years")?,
            play: first(root, ".diagram__play")?,
            span: (year("min")?, year("max")?),
            slider,
            year: first(root, ".diagram__year")?,
            chips,
            count: first(root, ".diagram__count")?,
            clear: first(root, ".diagram__clear")?,
            switch: all(root, ".diagram__switch button"),
            picture_parts,
            undated: rows.iter().filter(|row| row.years.is_none()).count(),
            rows,
            table_count: first(root, ".rel-table__count")?,
            links,
            actors,
        })
    }

    /// Puts into `state` the year the reader moved the slider to before this code came.
    fn read_reader_input(&self, state: &mut DiagramState) {
        let moved = self.slider.value();
        if moved != self.slider.default_value() {
            if let Ok(year) = moved.parse() {
                state.filter.year = Some(year);
            }
        }
    }

    /// Shows `state` as the app's view would; `playing`: the Play button says Pause.
    fn show(&self, state: &DiagramState, playing: bool) {
        let filter = &state.filter;
        let year = filter.year;
        let pressed = |element: &Element, on: bool| {
            let _ = element.set_attribute("aria-pressed", if on { "true" } else { "false" });
        };
        pressed(&self.all_years, year.is_none());
        pressed(&self.play, playing);
        self.play
            .set_text_content(Some(if playing { "Pause" } else { "Play" }));
        let value = year.unwrap_or(self.span.1).to_string();
        if self.slider.value() != value {
            self.slider.set_value(&value);
        }
        let _ = self
            .slider
            .set_attribute("aria-valuetext", &year_value_text(year));
        self.year.set_text_content(Some(&year_text(year)));

        let shown: Vec<bool> = self
            .rows
            .iter()
            .map(|row| filter.shows_type(row.kind) && filter.in_years(row.years))
            .collect();
        for chip in &self.chips {
            pressed(&chip.button, filter.types.contains(chip.kind));
            let count = self
                .rows
                .iter()
                .filter(|row| row.kind == chip.kind && filter.in_years(row.years))
                .count();
            chip.count.set_text_content(Some(&count.to_string()));
        }
        for (row, shown) in self.rows.iter().zip(&shown) {
            set(&row.element, "hidden", !shown);
        }
        // As the app's drawing shows them.
        for (link, row) in &self.links {
            show_link(link, shown[*row]);
        }
        for (actor, rows) in &self.actors {
            show_node_live(actor, rows.iter().any(|r| shown[*r]));
        }

        let count = shown.iter().filter(|s| **s).count();
        let status = status_text(count, self.rows.len(), year, self.undated);
        self.count.set_text_content(Some(&status));
        self.table_count.set_text_content(Some(&count.to_string()));
        set(&self.clear, "hidden", !filter.is_active());

        for (i, button) in self.switch.iter().enumerate() {
            pressed(button, (i == 1) == state.table);
        }
        for part in &self.picture_parts {
            set(part, "hidden", state.table);
        }
    }
}
