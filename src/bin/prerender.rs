//! `dossier-prerender [DIST] [DATA]`: writes a page into the built site DIST (default `dist`)
//! for every page a reader can land on, from the profiles in DATA (default `data`): the
//! catalog (DIST/index.html) and each profile's text, timeline and diagram
//! (DIST/p/ID/index.html, …/timeline/, …/diagram/). With `DOSSIER_SITE_URL` set to the
//! site's public address, canonical links are absolute and DIST/sitemap.xml lists the pages.

use dossier::model::{Catalog, Profile};
use dossier::page_html::{page_html, sitemap};
use dossier::pages::{landing_state, page_meta, page_path, profile_pages, site_pages, PageLinks};
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
    let mut pages: Vec<(Route, Option<Arc<Profile>>)> =
        site_pages().into_iter().map(|r| (r, None)).collect();
    for profile in &profiles {
        pages.extend(profile_pages(profile.id.as_str()).map(|r| (r, Some(profile.clone()))));
    }
    let site = std::env::var("DOSSIER_SITE_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let mut paths = Vec::new();
    for (route, profile) in pages {
        let path = page_path(&route, &ids).expect("every pre-rendered route has a page");
        let meta = page_meta(&route, profile.as_deref());
        let links = PageLinks {
            profiles: ids.clone(),
            from: path.clone(),
        };
        let body = render_body(
            landing_state(route),
            links.clone(),
            catalog.clone(),
            profile,
        );
        let html = page_html(&template, &links, &meta, &body, site.as_deref());
        let folder = dist.join(&path);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        write(&folder.join("index.html"), &html)?;
        paths.push(path);
    }
    if let Some(site) = site {
        write(&dist.join("sitemap.xml"), &sitemap(&site, &paths))?;
    }
    Ok(paths.len())
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
