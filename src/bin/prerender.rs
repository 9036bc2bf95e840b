//! `dossier-prerender [DIST] [DATA]`: writes a page into the built site DIST (default `dist`)
//! for every page a reader can land on, from the profiles in DATA (default `data`): the
//! catalog (DIST/index.html) and each profile's text, timeline and diagram
//! (DIST/p/ID/index.html, …/timeline/, …/diagram/), and the page of each part of a profile
//! an embed can show (DIST/p/ID/embed/, …/embed/timeline/, …/embed/history/). With
//! `DOSSIER_SITE_URL` set to the site's public address, canonical links are absolute and
//! DIST/sitemap.xml lists the full site's pages.

use dossier::model::{Catalog, Profile};
use dossier::page_html::{page_html, sitemap};
use dossier::pages::{
    embed_meta, embed_pages, landing_state, page_meta, page_path, profile_pages, site_pages,
    PageLinks, PageMeta,
};
use dossier::route::Route;
use dossier::ui::pages::prerender::render_body;
use dossier::validate::{parse_catalog, parse_profile, Problem};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = Path::new(args.first().map_or("dist", String::as_str));
    let data = Path::new(args.get(1).map_or("data", String::as_str));
    match prerender(dist, data) {
        Ok(count) => {
            println!("pre-rendered {count} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("dossier-prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(dist: &Path, data: &Path) -> Result<usize, String> {
    let template = read(&dist.join("index.html"))?;
    if template.contains("data-page=") {
        return Err(format!(
            "{}: already pre-rendered; run on a fresh build",
            dist.join("index.html").display()
        ));
    }
    let catalog_file = data.join("index.json");
    let catalog: Arc<Catalog> =
        Arc::new(parse_catalog(&read(&catalog_file)?).map_err(|p| located(&catalog_file, p))?);
    let mut profiles = Vec::new();
    for entry in &catalog.profiles {
        let file = data.join("profiles").join(format!("{}.json", entry.id));
        let profile: Profile = parse_profile(&read(&file)?).map_err(|p| located(&file, p))?;
        profiles.push(Arc::new(profile));
    }
    let ids: BTreeSet<String> = profiles.iter().map(|p| p.id.to_string()).collect();
    let mut pages: Vec<Page> = site_pages()
        .into_iter()
        .map(|route| Page::of(route, &ids, None))
        .collect();
    for profile in &profiles {
        let full_site = profile_pages(profile.id.as_str())
            .into_iter()
            .map(|route| Page::of(route, &ids, Some(profile.clone())));
        pages.extend(full_site);
        for (path, scope) in embed_pages(profile) {
            pages.push(Page {
                meta: embed_meta(&scope, profile),
                path,
                route: scope.route(""),
                profile: Some(profile.clone()),
            });
        }
    }
    let site = std::env::var("DOSSIER_SITE_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let mut paths = Vec::new();
    for page in &pages {
        let links = PageLinks::new(ids.clone(), page.path.clone());
        let body = render_body(
            page.route.clone(),
            links.clone(),
            catalog.clone(),
            page.profile.clone(),
        );
        let html = page_html(&template, &links, &page.meta, &body, site.as_deref());
        let folder = dist.join(&page.path);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        write(&folder.join("index.html"), &html)?;
        // An embed's page is the full site's page again, for no search engine.
        if links.embed.is_none() {
            paths.push(page.path.clone());
        }
    }
    if let Some(site) = site {
        write(&dist.join("sitemap.xml"), &sitemap(&site, &paths))?;
    }
    Ok(pages.len())
}

/// A page to write: its folder, what it shows, and what it says of itself.
struct Page {
    path: String,
    route: Route,
    profile: Option<Arc<Profile>>,
    meta: PageMeta,
}

impl Page {
    fn of(route: Route, ids: &BTreeSet<String>, profile: Option<Arc<Profile>>) -> Page {
        Page {
            path: page_path(&route, ids).expect("every pre-rendered route has a page"),
            meta: page_meta(&route, profile.as_deref()),
            route: landing_state(route),
            profile,
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn located(file: &Path, problem: Problem) -> String {
    problem.in_file(&file.display().to_string()).to_string()
}
