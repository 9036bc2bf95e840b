//! The browser app's entry point; trunk builds it for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    dossier::ui::shell::mount::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Dossier runs in the browser: serve it with `trunk serve` (see README).");
    std::process::exit(2);
}
