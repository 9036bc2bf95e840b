//! The ally and rival diagram: the picture, its controls, a relationship's card, the table.

pub(crate) mod diagram_canvas;
pub(crate) mod diagram_drawing;
pub(crate) mod diagram_export;
pub(crate) mod diagram_view;
pub(crate) mod relationship_card;
pub(crate) mod relationship_table;
pub(crate) mod still_picture;
pub(crate) mod written_diagram;
