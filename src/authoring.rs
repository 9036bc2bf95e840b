//! An author's draft of a profile on the Author page: the text they gave (a profile's JSON,
//! or a START-style narrative the importer drafts a profile from), what the validator finds
//! wrong with it and where, the parts the importer proposed that are left to confirm, and the
//! files to publish.

use crate::import::{import_narrative, Finding, Imported};
use crate::json_place::place_of;
use crate::model::{CatalogEntry, NoteNumber, Profile, ProfileId};
use crate::search::slug;
use crate::validate::{read_every_problem, Checked, Location, Problem};

/// The largest text the page reads: a profile many times the size of any real one.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// What an author gave: a profile's JSON, or a narrative to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Json,
    Narrative,
}

pub fn kind_of(text: &str) -> Kind {
    if text.trim_start().starts_with('{') {
        Kind::Json
    } else {
        Kind::Narrative
    }
}

/// Why a text is not read at all, in the author's words.
pub fn refused(bytes: usize) -> Option<String> {
    (bytes > MAX_BYTES).then(|| {
        format!(
            "This text is {} MB: the Author page reads profiles of up to {} MB. Split it, or check it with `dossier-validate`.",
            bytes.div_ceil(1024 * 1024),
            MAX_BYTES / (1024 * 1024)
        )
    })
}

/// What an author gave, read: the profile's JSON (theirs, or drafted from their narrative),
/// what the importer could not place, the profile if it can be read, and every problem.
#[derive(Clone)]
pub struct Session {
    pub kind: Kind,
    pub json: String,
    /// The narrative the profile was drafted from (empty for a JSON text, which is `json`).
    narrative: String,
    pub findings: Vec<Finding>,
    /// For a narrative, the line each drafted section and block came from.
    block_lines: Vec<(String, usize)>,
    pub checked: Checked,
}

/// Which text a place is in: the one the author gave, or the profile drafted from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhichText {
    Given,
    Drafted,
}

impl Session {
    pub fn open(text: &str) -> Session {
        let kind = kind_of(text);
        let (json, narrative, findings, block_lines) = match kind {
            Kind::Json => (text.to_owned(), String::new(), Vec::new(), Vec::new()),
            Kind::Narrative => {
                let imported = import(text);
                let json = profile_file(&imported.profile);
                let narrative = text.to_owned();
                (json, narrative, imported.findings, imported.block_lines)
            }
        };
        Session {
            kind,
            checked: read_every_problem(&json),
            json,
            narrative,
            findings,
            block_lines,
        }
    }

    /// The text the author gave, or the profile drafted from it.
    pub fn text(&self, which: WhichText) -> &str {
        match (which, self.kind) {
            (WhichText::Given, Kind::Narrative) => &self.narrative,
            _ => &self.json,
        }
    }

    /// Where a problem is: for a narrative, the line of the paragraph (or heading) its part
    /// was imported from, if it was; otherwise its line and column in the profile's JSON.
    pub fn place(&self, problem: &Problem) -> Option<(WhichText, usize, usize)> {
        if let Location::Path(path) = &problem.location {
            let from = self
                .block_lines
                .iter()
                .filter(|(part, _)| is_within(path, part))
                .max_by_key(|(part, _)| part.len());
            if let Some((_, line)) = from {
                return Some((WhichText::Given, *line, 1));
            }
        }
        let text = match self.kind {
            Kind::Json => WhichText::Given,
            Kind::Narrative => WhichText::Drafted,
        };
        place(&self.json, problem).map(|(line, column)| (text, line, column))
    }

    /// Confirms a drafted part, and writes the profile's file again. Only a whole profile is
    /// written: one read with items set aside would lose them. A draft flag is not something
    /// the rules check, so the problems stay as they are.
    pub fn confirm(&mut self, which: Drafted) {
        if !self.checked.whole {
            return;
        }
        if let Some(profile) = self.checked.profile.as_mut() {
            confirm(profile, which);
            self.json = profile_file(profile);
        }
    }
}

/// Whether the JSON path `path` is `part` or inside it.
fn is_within(path: &str, part: &str) -> bool {
    path.strip_prefix(part)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The line and column of the text a problem is about.
fn place(json: &str, problem: &Problem) -> Option<(usize, usize)> {
    match &problem.location {
        Location::LineColumn { line, column } => Some((*line, *column)),
        Location::Path(path) => place_of(json, path),
        Location::File => None,
    }
}

/// A narrative imported: the draft profile, its id from its name.
fn import(narrative: &str) -> Imported {
    let mut imported = import_narrative(narrative, "draft");
    let id = slug(&imported.profile.name);
    if !id.is_empty() {
        imported.profile.id = ProfileId(id);
    }
    imported
}

/// A part of a profile the importer proposed, for the author to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drafted {
    FoundingYear,
    HomeBase(usize),
    Strength(usize),
    Designation(usize),
    Relationship(usize),
    Event(usize),
}

/// What the author is shown of a drafted part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftItem {
    pub which: Drafted,
    /// What kind of part it is (`Event`, `Home base`…).
    pub kind: &'static str,
    pub summary: String,
    /// The notes of the statement it was drafted from.
    pub notes: Vec<NoteNumber>,
}

/// Every part of `profile` still marked as a draft, in the file's order.
pub fn drafts(profile: &Profile) -> Vec<DraftItem> {
    let mut items = Vec::new();
    let mut add = |which, kind, summary: String, notes: &[NoteNumber]| {
        items.push(DraftItem {
            which,
            kind,
            summary,
            notes: notes.to_vec(),
        })
    };
    let facts = &profile.facts;
    if let Some(year) = facts.founding_year.as_ref().filter(|y| y.draft) {
        let summary = year.year.to_string();
        add(Drafted::FoundingYear, "Founding year", summary, &year.notes);
    }
    for (i, base) in facts.home_bases.iter().enumerate().filter(|(_, b)| b.draft) {
        let summary = format!("{}: {}", base.period, base.place);
        add(Drafted::HomeBase(i), "Home base", summary, &base.notes);
    }
    for (i, strength) in facts.strength.iter().enumerate().filter(|(_, s)| s.draft) {
        let summary = format!("{}: {}", strength.year, strength.estimate);
        add(Drafted::Strength(i), "Strength", summary, &strength.notes);
    }
    for (i, d) in facts
        .designations
        .iter()
        .enumerate()
        .filter(|(_, d)| d.draft)
    {
        let summary = format!("{}: {}", profile.actor_name(&d.authority), d.status);
        add(Drafted::Designation(i), "Designation", summary, &d.notes);
    }
    for (i, r) in profile
        .relationships
        .iter()
        .enumerate()
        .filter(|(_, r)| r.draft)
    {
        let summary = format!("{}: {}", profile.actor_name(&r.actor), r.kind.label());
        add(Drafted::Relationship(i), "Relationship", summary, &r.notes);
    }
    for (i, e) in profile.events.iter().enumerate().filter(|(_, e)| e.draft) {
        let summary = format!("{}: {}", e.date, e.title);
        add(Drafted::Event(i), "Event", summary, &e.notes);
    }
    items
}

/// The author has checked a drafted part against the source: it is no longer a draft.
pub fn confirm(profile: &mut Profile, which: Drafted) {
    let facts = &mut profile.facts;
    let draft = match which {
        Drafted::FoundingYear => facts.founding_year.as_mut().map(|y| &mut y.draft),
        Drafted::HomeBase(i) => facts.home_bases.get_mut(i).map(|b| &mut b.draft),
        Drafted::Strength(i) => facts.strength.get_mut(i).map(|s| &mut s.draft),
        Drafted::Designation(i) => facts.designations.get_mut(i).map(|d| &mut d.draft),
        Drafted::Relationship(i) => profile.relationships.get_mut(i).map(|r| &mut r.draft),
        Drafted::Event(i) => profile.events.get_mut(i).map(|e| &mut e.draft),
    };
    if let Some(draft) = draft {
        *draft = false;
    }
}

/// The profile's file as it is published: formatted, its members in the format's order.
pub fn profile_file(profile: &Profile) -> String {
    serde_json::to_string_pretty(profile).unwrap_or_default() + "\n"
}

/// The file's name: the profile's id.
pub fn file_name(profile: &Profile) -> String {
    format!("{}.json", profile.id)
}

/// The profile's entry for `data/index.json`, in the profile's own words.
pub fn catalog_entry(profile: &Profile) -> String {
    let entry = CatalogEntry {
        id: profile.id.clone(),
        name: profile.name.clone(),
        aliases: profile.aliases.clone(),
        summary: None,
        last_update: profile.last_update.text.clone(),
        publisher: Some(profile.publisher.clone()),
    };
    serde_json::to_string_pretty(&entry).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    const MEK: &str = include_str!("../data/profiles/mek.json");

    #[test]
    fn the_mek_profile_has_no_problem() {
        let checked = read_every_problem(MEK);
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        assert_eq!(checked.profile.unwrap().sections.len(), 15);
    }

    #[test]
    fn each_problem_is_placed_in_the_text() {
        let broken = MEK.replacen("\"note\": 1\n", "\"note\": 99\n", 1);
        let checked = read_every_problem(&broken);
        let problem = &checked.problems[0];
        let (line, _) = place(&broken, problem).unwrap();
        assert!(broken.lines().nth(line - 1).unwrap().contains("99"));
        let syntax = read_every_problem("{\n  \"id\": ,\n}");
        assert_eq!(place("", &syntax.problems[0]), Some((2, 9)));
    }

    #[test]
    fn a_narrative_or_a_profile_is_told_by_its_first_character() {
        assert_eq!(kind_of("  \n{\"id\": 1}"), Kind::Json);
        assert_eq!(
            kind_of("A Department of Homeland Security…"),
            Kind::Narrative
        );
        assert!(refused(MAX_BYTES).is_none());
        assert!(refused(50 * 1024 * 1024).unwrap().contains("50 MB"));
    }

    #[test]
    fn confirming_a_draft_leaves_the_others() {
        let mut profile = mek();
        profile.events[0].draft = true;
        profile.events[2].draft = true;
        profile.relationships[1].draft = true;
        let left = drafts(&profile);
        assert_eq!(left.len(), 3);
        assert_eq!(left[0].which, Drafted::Relationship(1));
        assert_eq!(left[1].notes, profile.events[0].notes);
        confirm(&mut profile, Drafted::Event(0));
        assert_eq!(
            drafts(&profile).iter().map(|d| d.which).collect::<Vec<_>>(),
            [Drafted::Relationship(1), Drafted::Event(2)]
        );
    }

    #[test]
    fn a_narrative_becomes_a_drafted_profile_to_confirm() {
        let narrative = include_str!("../docs/example-narrative.txt");
        let mut session = Session::open(narrative);
        assert_eq!(session.kind, Kind::Narrative);
        assert!(session.findings.is_empty());
        let profile = session.checked.profile.as_ref().unwrap();
        assert_eq!(profile.id.as_str(), "example-front");
        let founding = profile.facts.founding_year.as_ref().unwrap();
        assert_eq!(
            (founding.year, founding.notes.clone()),
            (1990, vec![NoteNumber(1)])
        );
        let before = drafts(profile);
        assert!(!before.is_empty());
        session.confirm(before[0].which);
        let after = drafts(session.checked.profile.as_ref().unwrap());
        assert_eq!(after.len(), before.len() - 1);
        assert!(session.json.contains("\"id\": \"example-front\""));
    }

    #[test]
    fn a_profile_read_with_items_set_aside_is_not_written_again_by_a_confirmation() {
        let broken = MEK
            .replacen("\"date\": \"1965\"", "\"date\": \"in the sixties\"", 1)
            .replacen(
                "\"id\": \"founded\",",
                "\"id\": \"founded\",\n      \"draft\": true,",
                1,
            );
        let mut session = Session::open(&broken);
        assert!(!session.checked.whole);
        session.confirm(Drafted::Event(0));
        assert_eq!(session.json, broken);
    }

    #[test]
    fn a_problem_in_an_imported_narrative_is_placed_at_its_paragraph() {
        let narrative = include_str!("../docs/example-narrative.txt");
        let dangling = narrative.replacen("[1]", "[99]", 1);
        let session = Session::open(&dangling);
        let problem = session
            .checked
            .problems
            .iter()
            .find(|p| p.message.contains("note 99"))
            .expect("the dangling reference is a problem");
        let (text, line, _) = session.place(problem).unwrap();
        assert_eq!(text, WhichText::Given);
        assert!(dangling.lines().nth(line - 1).unwrap().contains("[99]"));
        // A problem in no paragraph is placed in the drafted profile.
        let whole = Problem::at("$.notes", "a problem of the notes");
        assert_eq!(session.place(&whole).unwrap().0, WhichText::Drafted);
        assert!(is_within("$.sections[1].blocks[0]", "$.sections[1]"));
        assert!(!is_within("$.sections[12]", "$.sections[1]"));
    }

    #[test]
    fn the_files_to_publish_are_the_profile_and_its_catalog_entry() {
        let profile = mek();
        assert_eq!(file_name(&profile), "mek.json");
        let file = profile_file(&profile);
        assert_eq!(crate::validate::parse_profile(&file).unwrap(), profile);
        let entry: CatalogEntry = serde_json::from_str(&catalog_entry(&profile)).unwrap();
        assert_eq!(entry.name, profile.name);
        assert_eq!(entry.publisher.as_deref(), Some(profile.publisher.as_str()));
    }
}
