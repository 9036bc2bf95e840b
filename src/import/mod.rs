//! Imports a START-style text narrative (title block, "Last Update", headed sections of
//! paragraphs and indented bullets, inline `[n]` references, numbered notes) into a profile.
//! Structured facts, relationships and events are proposed as drafts for an editor.
//! Whatever cannot be placed is reported with its line number; no text is dropped silently.

mod citation;
mod drafts;
mod text;

use crate::model::{
    Block, LastUpdate, ListItem, Note, NoteNumber, Profile, Section, FORMAT_VERSION,
};
use crate::search::slug;
use std::collections::BTreeMap;
use text::{bullet, inline, is_blank, looks_like_heading};

/// Something the importer could not place, and where (1-based line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub message: String,
}

pub struct Imported {
    pub profile: Profile,
    pub findings: Vec<Finding>,
    /// The line each section and block came from, by its JSON path in the profile
    /// (`$.sections[2]`, `$.sections[2].blocks[0]`).
    pub block_lines: Vec<(String, usize)>,
}

/// The sections a START narrative has, and their ids.
const KNOWN_SECTIONS: [(&str, &str); 15] = [
    ("Aliases", "aliases"),
    ("History", "history"),
    ("Home Base", "home-base"),
    ("Founding Year", "founding-year"),
    ("Ideology", "ideology"),
    ("Specific Goals", "goals"),
    ("Political Activity", "political-activity"),
    ("Financing", "financing"),
    ("Leadership and Structure over Time", "leadership"),
    ("Strength", "strength"),
    ("Allies and Suspected Allies", "allies"),
    ("Rivals and Enemies", "rivals"),
    ("Counterterrorism Efforts", "counterterrorism"),
    ("United States Government Designations", "us-designations"),
    ("Other Governments’ Designations", "other-designations"),
];

pub fn import_narrative(source_text: &str, id: &str) -> Imported {
    let normalized = source_text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<(usize, &str)> = normalized
        .lines()
        .map(str::trim_end)
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .collect();
    let mut findings = Vec::new();

    // The notes block: from the first line that starts with `[n] ` at the margin.
    let notes_start = lines
        .iter()
        .position(|(_, l)| l.starts_with('[') && note_line(l).is_some())
        .unwrap_or(lines.len());
    let (body, notes_block) = lines.split_at(notes_start);
    if notes_block.is_empty() {
        findings.push(Finding {
            line: lines.len(),
            message: "no notes block (lines like `[1] Citation…`) was found".into(),
        });
    }

    let first_heading = body.iter().position(|(_, l)| known_section(l).is_some());
    let (title_block, sections_block) = body.split_at(first_heading.unwrap_or(body.len()));
    let mut profile = empty_profile(id);
    read_title_block(title_block, &mut profile, &mut findings);

    let mut line_of: BTreeMap<NoteNumber, Vec<usize>> = BTreeMap::new();
    let mut block_lines = Vec::new();
    let mut current: Option<Section> = None;
    let mut list: Vec<Node> = Vec::new();
    for (index, &(number, line)) in sections_block.iter().enumerate() {
        if is_blank(line) {
            continue;
        }
        let next_is_content = sections_block[index + 1..]
            .iter()
            .find(|(_, l)| !is_blank(l))
            .is_some_and(|(_, l)| known_section(l).is_none());
        let heading = known_section(line)
            .map(|(h, id)| (h.to_owned(), id.to_owned()))
            .or_else(|| {
                (looks_like_heading(line) && next_is_content).then(|| {
                    findings.push(Finding {
                        line: number,
                        message: format!(
                            "“{}” is not a known section heading: imported as a section of its own",
                            line.trim()
                        ),
                    });
                    (line.trim().to_owned(), slug(line))
                })
            });
        if let Some((heading, section_id)) = heading {
            close_list(current.as_mut(), &mut list);
            profile.sections.extend(current.take());
            block_lines.push((format!("$.sections[{}]", profile.sections.len()), number));
            current = Some(Section {
                id: section_id.as_str().into(),
                heading,
                blocks: vec![],
            });
            continue;
        }
        let Some(section) = current.as_mut() else {
            continue;
        };
        // A paragraph, or a list's first item, starts the section's next block.
        let text_line = match bullet(line) {
            Some((indent, content)) => {
                if list.is_empty() {
                    let block = block_path(profile.sections.len(), section.blocks.len());
                    block_lines.push((block, number));
                }
                add_item(&mut list, indent, inline(content));
                content
            }
            None => {
                close_list(Some(&mut *section), &mut list);
                let block = block_path(profile.sections.len(), section.blocks.len());
                block_lines.push((block, number));
                section
                    .blocks
                    .push(Block::Paragraph(inline(line.trim_start())));
                line
            }
        };
        for note in crate::model::cited_notes(&inline(text_line)) {
            line_of.entry(note).or_default().push(number);
        }
    }
    close_list(current.as_mut(), &mut list);
    profile.sections.extend(current.take());

    // Notes, their links and the works they cite.
    for &(number, line) in notes_block {
        if is_blank(line) {
            continue;
        }
        match note_line(line) {
            Some((n, text)) => profile.notes.push(Note {
                number: NoteNumber(n),
                text: text.to_owned(),
                url: None,
                doi: None,
                source: "".into(),
            }),
            None => findings.push(Finding {
                line: number,
                message: format!("not a note line, not imported: “{}”", line.trim()),
            }),
        }
    }
    citation::link_notes(&mut profile);
    for (note, lines) in &line_of {
        if profile.note(*note).is_none() {
            for line in lines {
                findings.push(Finding {
                    line: *line,
                    message: format!("reference [{note}] points at no note"),
                });
            }
        }
    }
    for &(number, line) in notes_block {
        if let Some((n, _)) = note_line(line) {
            if !line_of.contains_key(&NoteNumber(n)) {
                findings.push(Finding {
                    line: number,
                    message: format!("note {n} is cited nowhere in the text"),
                });
            }
        }
    }

    if let Some(aliases) = profile
        .section("aliases")
        .and_then(|s| s.texts().first().map(|t| crate::model::plain_text(t)))
    {
        profile.aliases = aliases
            .split(';')
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
    }
    drafts::propose(&mut profile, &mut findings);
    findings.sort_by_key(|f| f.line);
    Imported {
        profile,
        findings,
        block_lines,
    }
}

fn empty_profile(id: &str) -> Profile {
    Profile {
        format: FORMAT_VERSION,
        id: id.into(),
        name: String::new(),
        title: None,
        publisher: String::new(),
        last_update: LastUpdate {
            text: String::new(),
            date: "2000".parse().expect("a year"),
        },
        aliases: vec![],
        sections: vec![],
        notes: vec![],
        sources: vec![],
        facts: Default::default(),
        actors: vec![],
        relationships: vec![],
        events: vec![],
        editor_notes: vec![],
    }
}

/// Publisher (first line), title (a line ending in "Narrative"), name (the line before
/// "Last Update") and the last update (the line after it).
fn read_title_block(block: &[(usize, &str)], profile: &mut Profile, findings: &mut Vec<Finding>) {
    let lines: Vec<(usize, &str)> = block
        .iter()
        .copied()
        .filter(|(_, l)| !is_blank(l))
        .map(|(n, l)| (n, l.trim()))
        .collect();
    let mut placed = vec![false; lines.len()];
    if let Some(first) = lines.first() {
        profile.publisher = first.1.to_owned();
        placed[0] = true;
    }
    if let Some(at) = lines
        .iter()
        .position(|(_, l)| l.eq_ignore_ascii_case("Last Update"))
    {
        placed[at] = true;
        if let Some(&(line, text)) = lines.get(at + 1) {
            placed[at + 1] = true;
            profile.last_update.text = text.to_owned();
            match text::date_of(text) {
                Some(date) => profile.last_update.date = date,
                None => findings.push(Finding {
                    line,
                    message: format!(
                        "cannot read a date in “{text}”: last_update.date set to 2000"
                    ),
                }),
            }
        }
        if at >= 1 && !placed[at - 1] {
            profile.name = lines[at - 1].1.to_owned();
            placed[at - 1] = true;
        }
    } else {
        findings.push(Finding {
            line: block.first().map_or(1, |l| l.0),
            message: "no “Last Update” line in the title block".into(),
        });
    }
    if let Some(at) = lines.iter().position(|(_, l)| l.ends_with("Narrative")) {
        profile.title = Some(lines[at].1.to_owned());
        placed[at] = true;
    }
    for (i, &(line, text)) in lines.iter().enumerate() {
        if !placed[i] {
            findings.push(Finding {
                line,
                message: format!("title-block line not placed: “{text}”"),
            });
        }
    }
    if profile.name.is_empty() {
        findings.push(Finding {
            line: 1,
            message: "no organization name found (expected the line before “Last Update”)".into(),
        });
    }
}

fn known_section(line: &str) -> Option<(&'static str, &'static str)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let trimmed = line.trim().replace('\'', "’");
    KNOWN_SECTIONS
        .iter()
        .copied()
        .find(|(heading, _)| *heading == trimmed)
}

fn note_line(line: &str) -> Option<(u32, &str)> {
    let rest = line.strip_prefix('[')?;
    let (number, text) = rest.split_once("] ")?;
    Some((number.parse().ok()?, text.trim()))
}

/// A list item with the indentation it was written at, while the list is read.
struct Node {
    indent: usize,
    text: crate::model::Text,
    children: Vec<Node>,
}

impl Node {
    fn into_item(self) -> ListItem {
        ListItem {
            text: self.text,
            items: self.children.into_iter().map(Node::into_item).collect(),
        }
    }
}

/// Nests an item by its indentation: deeper than the previous item goes under it.
fn block_path(section: usize, block: usize) -> String {
    format!("$.sections[{section}].blocks[{block}]")
}

fn add_item(nodes: &mut Vec<Node>, indent: usize, text: crate::model::Text) {
    match nodes.last_mut() {
        Some(last) if indent > last.indent => add_item(&mut last.children, indent, text),
        _ => nodes.push(Node {
            indent,
            text,
            children: vec![],
        }),
    }
}

fn close_list(section: Option<&mut Section>, list: &mut Vec<Node>) {
    if let Some(section) = section {
        if !list.is_empty() {
            section
                .blocks
                .push(Block::List(list.drain(..).map(Node::into_item).collect()));
        }
    }
}
