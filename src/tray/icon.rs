//! PLACEHOLDER until the icon renderer lands (helper-3 replaces this file).
use crate::status::Status;
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IconState {
    pub status: Option<Status>,
    pub alert: bool,
}
pub fn rgba(state: IconState, size: u32) -> Vec<u8> {
    let c = match state.status {
        Some(Status::Online) => [46, 160, 67],
        Some(Status::Dnd) => [229, 72, 77],
        Some(Status::Away) => [245, 165, 36],
        Some(Status::Break) => [59, 130, 246],
        None => [128, 128, 128],
    };
    (0..size * size)
        .flat_map(|_| [c[0], c[1], c[2], 255])
        .collect()
}
pub fn dominant_status(rgba: &[u8]) -> Option<Status> {
    match [rgba[0], rgba[1], rgba[2]] {
        [46, 160, 67] => Some(Status::Online),
        [229, 72, 77] => Some(Status::Dnd),
        [245, 165, 36] => Some(Status::Away),
        [59, 130, 246] => Some(Status::Break),
        _ => None,
    }
}
