//! The browser's side of the tray's sign-in page: the submission its script sends.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// POSTs `{"url": webhook}` to the sign-in page at `page` (its whole `http://127.0.0.1:PORT/TOKEN/`
/// address) as the page's own script does: same origin, JSON. Returns the answer's status (0 when it has
/// none) and its whole text, head and body.
pub fn post_json(page: &str, webhook: &str) -> (u16, String) {
    let url = url::Url::parse(page).expect("the page's address");
    let authority = format!(
        "{}:{}",
        url.host_str().expect("a host"),
        url.port().expect("a port")
    );
    let body = serde_json::json!({ "url": webhook }).to_string();
    let request = format!(
        "POST {}submit HTTP/1.1\r\nHost: {authority}\r\nOrigin: http://{authority}\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        url.path(),
        body.len()
    );
    let mut stream = TcpStream::connect(&authority).expect("the page listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, answer)
}
