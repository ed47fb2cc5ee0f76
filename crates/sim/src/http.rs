//! Minimal HTTP/1.1: reading requests (head parsed by httparse, `Content-Length` bodies, keep-alive),
//! decoding REST parameters, and writing responses, including the deliberately broken ones.

use serde_json::{Map, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The largest request head accepted.
pub const MAX_HEAD: usize = 16 * 1024;
/// The largest request body accepted.
pub const MAX_BODY: usize = 1024 * 1024;

pub const JSON: &str = "application/json; charset=utf-8";
pub const HTML: &str = "text/html; charset=utf-8";
pub const TEXT: &str = "text/plain; charset=utf-8";

/// One parsed request.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// The path without the query string.
    pub path: String,
    /// The raw query string without `?`, empty when absent.
    pub query: String,
    /// The `Content-Type` header, empty when absent.
    pub content_type: String,
    pub body: Vec<u8>,
    /// Whether the client wants the connection kept open after the answer.
    pub keep_alive: bool,
}

/// Why no request could be read.
#[derive(Debug, PartialEq)]
pub enum ReadError {
    /// The peer went away mid-request or the socket failed: close without answering.
    Closed,
    /// The request is unacceptable: answer this status and message, then close.
    Reject(u16, &'static str),
}

/// Reads the next request from `stream`. `buf` carries bytes already read past the previous
/// request on the same connection. `Ok(None)` means the peer closed the connection cleanly.
pub async fn read_request<S: AsyncRead + Unpin>(
    stream: &mut S,
    buf: &mut Vec<u8>,
) -> Result<Option<Request>, ReadError> {
    loop {
        if let Some(head) = parse_head(buf)? {
            let total = head.head_len + head.content_length;
            while buf.len() < total {
                if read_more(stream, buf).await? == 0 {
                    return Err(ReadError::Closed);
                }
            }
            let body = buf[head.head_len..total].to_vec();
            buf.drain(..total);
            return Ok(Some(Request {
                body,
                ..head.request
            }));
        }
        if read_more(stream, buf).await? == 0 {
            return if buf.is_empty() {
                Ok(None)
            } else {
                Err(ReadError::Closed)
            };
        }
    }
}

/// A complete request head: the request without its body, the head length and the body length.
struct Head {
    request: Request,
    head_len: usize,
    content_length: usize,
}

/// Parses the head at the start of `buf`, `Ok(None)` if more bytes are needed.
fn parse_head(buf: &[u8]) -> Result<Option<Head>, ReadError> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Request::new(&mut headers);
    let head_len = match parsed.parse(buf) {
        Ok(httparse::Status::Complete(len)) if len <= MAX_HEAD => len,
        Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => return Ok(None),
        Ok(_) => return Err(ReadError::Reject(400, "Request head too large")),
        Err(_) => return Err(ReadError::Reject(400, "Bad Request")),
    };
    let mut content_type = String::new();
    let mut content_length = 0;
    let mut connection = String::new();
    for header in parsed.headers.iter() {
        let value = String::from_utf8_lossy(header.value);
        let value = value.trim();
        if header.name.eq_ignore_ascii_case("content-type") {
            content_type = value.to_owned();
        } else if header.name.eq_ignore_ascii_case("content-length") {
            content_length = value
                .parse::<usize>()
                .map_err(|_| ReadError::Reject(400, "Bad Content-Length"))?;
        } else if header.name.eq_ignore_ascii_case("connection") {
            connection = value.to_ascii_lowercase();
        } else if header.name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(ReadError::Reject(501, "Transfer-Encoding is not supported"));
        }
    }
    if content_length > MAX_BODY {
        return Err(ReadError::Reject(413, "Payload Too Large"));
    }
    let target = parsed.path.unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let keep_alive = if parsed.version == Some(1) {
        !connection.contains("close")
    } else {
        connection.contains("keep-alive")
    };
    let request = Request {
        method: parsed.method.unwrap_or("GET").to_owned(),
        path: path.to_owned(),
        query: query.to_owned(),
        content_type,
        body: Vec::new(),
        keep_alive,
    };
    Ok(Some(Head {
        request,
        head_len,
        content_length,
    }))
}

/// Appends the next chunk from `stream` to `buf`, returning how many bytes arrived (0 at EOF).
async fn read_more<S: AsyncRead + Unpin>(
    stream: &mut S,
    buf: &mut Vec<u8>,
) -> Result<usize, ReadError> {
    let mut chunk = [0u8; 8192];
    let n = stream
        .read(&mut chunk)
        .await
        .map_err(|_| ReadError::Closed)?;
    buf.extend_from_slice(&chunk[..n]);
    Ok(n)
}

/// The REST parameters of a request: the query string, then the body (JSON object or
/// form-encoded), the body winning on duplicates. An unparsable JSON body adds nothing.
pub fn decode_params(query: &str, content_type: &str, body: &[u8]) -> Map<String, Value> {
    let mut params: Map<String, Value> = parse_urlencoded(query).collect();
    let trimmed = body.trim_ascii_start();
    let is_json = content_type.to_ascii_lowercase().contains("json")
        || (content_type.is_empty() && trimmed.starts_with(b"{"));
    if is_json {
        if let Ok(Value::Object(object)) = serde_json::from_slice(body) {
            params.extend(object);
        }
    } else if !trimmed.is_empty() {
        params.extend(parse_urlencoded(&String::from_utf8_lossy(body)));
    }
    params
}

/// Splits `a=1&b=2` into decoded pairs with string values.
fn parse_urlencoded(input: &str) -> impl Iterator<Item = (String, Value)> + '_ {
    input
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), Value::String(percent_decode(value)))
        })
}

/// Decodes `%xx` escapes and `+` (a space); a malformed escape is kept literally.
pub fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if let [b'%', hi, lo, ..] = bytes[i..]
            && let (Some(hi), Some(lo)) = (hex(hi), hex(lo))
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A response to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub content_type: Option<&'static str>,
    /// The `Location` header of a redirect.
    pub location: Option<String>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(status: u16, body: &Value) -> Response {
        Response {
            status,
            content_type: Some(JSON),
            location: None,
            body: body.to_string().into_bytes(),
        }
    }

    pub fn with_type(
        status: u16,
        content_type: &'static str,
        body: impl Into<Vec<u8>>,
    ) -> Response {
        Response {
            status,
            content_type: Some(content_type),
            location: None,
            body: body.into(),
        }
    }

    pub fn redirect(location: String) -> Response {
        Response {
            status: 302,
            content_type: None,
            location: Some(location),
            body: Vec::new(),
        }
    }

    /// The status line and headers, announcing the full body length.
    fn head(&self, keep_alive: bool) -> String {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nConnection: {}\r\n",
            self.status,
            reason(self.status),
            self.body.len(),
            if keep_alive { "keep-alive" } else { "close" }
        );
        if let Some(content_type) = self.content_type {
            head.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        if let Some(location) = &self.location {
            head.push_str(&format!("Location: {location}\r\n"));
        }
        head.push_str("\r\n");
        head
    }
}

/// Writes a complete response.
pub async fn write_response<S: AsyncWrite + Unpin>(
    stream: &mut S,
    response: &Response,
    keep_alive: bool,
) -> std::io::Result<()> {
    let mut bytes = response.head(keep_alive).into_bytes();
    bytes.extend_from_slice(&response.body);
    stream.write_all(&bytes).await?;
    stream.flush().await
}

/// Writes the full head (Content-Length included) but only the first half of the body; the
/// caller then closes the connection, so the client sees a body shorter than announced.
pub async fn write_truncated<S: AsyncWrite + Unpin>(
    stream: &mut S,
    response: &Response,
) -> std::io::Result<()> {
    let mut bytes = response.head(false).into_bytes();
    bytes.extend_from_slice(&response.body[..response.body.len() / 2]);
    stream.write_all(&bytes).await?;
    stream.flush().await
}

/// Writes a 200 JSON answer of `length` body bytes (`None`: chunked, without end) as fast as the peer
/// reads it, until it is all written or the peer hangs up; returns the body bytes written. Nothing is
/// held in memory but one chunk.
pub async fn write_stream<S: AsyncWrite + Unpin>(stream: &mut S, length: Option<u64>) -> u64 {
    const CHUNK: usize = 64 * 1024;
    let framing = match length {
        Some(length) => format!("Content-Length: {length}"),
        None => "Transfer-Encoding: chunked".to_string(),
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {JSON}\r\n{framing}\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return 0;
    }
    let mut filler = vec![b'a'; CHUNK];
    filler[..11].copy_from_slice(br#"{"result":""#);
    let mut written = 0u64;
    loop {
        let size = match length {
            Some(length) if written >= length => break,
            Some(length) => CHUNK.min((length - written) as usize),
            None => CHUNK,
        };
        let body = &filler[..size];
        let sent = match length {
            Some(_) => stream.write_all(body).await,
            None => {
                let framed = [format!("{size:x}\r\n").as_bytes(), body, b"\r\n"].concat();
                stream.write_all(&framed).await
            }
        };
        if sent.is_err() {
            break;
        }
        written += size as u64;
        filler[..11].fill(b'a');
    }
    let _ = stream.flush().await;
    written
}

/// The reason phrase of the statuses the simulator sends.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    async fn read_all(mut input: &[u8]) -> Vec<Result<Option<Request>, ReadError>> {
        let mut buf = Vec::new();
        let mut results = Vec::new();
        loop {
            let result = read_request(&mut input, &mut buf).await;
            let last = !matches!(result, Ok(Some(_)));
            results.push(result);
            if last {
                return results;
            }
        }
    }

    #[tokio::test]
    async fn reads_pipelined_requests_with_bodies() {
        let raw = b"POST /rest/x?a=1 HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}\
GET /b HTTP/1.1\r\nConnection: close\r\n\r\nGET /c HTTP/1.0\r\n\r\n";
        let results = read_all(raw).await;
        assert_eq!(results.len(), 4);
        let Ok(Some(first)) = &results[0] else {
            panic!("{:?}", results[0])
        };
        assert_eq!(
            (
                first.method.as_str(),
                first.path.as_str(),
                first.query.as_str()
            ),
            ("POST", "/rest/x", "a=1")
        );
        assert_eq!(
            (first.body.as_slice(), first.keep_alive),
            (&b"{}"[..], true)
        );
        assert_eq!(first.content_type, "application/json");
        let Ok(Some(second)) = &results[1] else {
            panic!()
        };
        assert_eq!((second.path.as_str(), second.keep_alive), ("/b", false));
        let Ok(Some(third)) = &results[2] else {
            panic!()
        };
        assert!(!third.keep_alive, "HTTP/1.0 closes by default");
        assert!(matches!(results[3], Ok(None)));
    }

    #[tokio::test]
    async fn rejects_bad_input() {
        let cases: Vec<(Vec<u8>, ReadError)> = vec![
            (
                b"\x00\x01garbage\r\n\r\n".to_vec(),
                ReadError::Reject(400, "Bad Request"),
            ),
            (
                [b"GET / HTTP/1.1\r\nX: ".as_slice(), &[b'a'; MAX_HEAD]].concat(),
                ReadError::Reject(400, "Request head too large"),
            ),
            (
                b"POST / HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n".to_vec(),
                ReadError::Reject(413, "Payload Too Large"),
            ),
            (
                b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n".to_vec(),
                ReadError::Reject(400, "Bad Content-Length"),
            ),
            (
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(),
                ReadError::Reject(501, "Transfer-Encoding is not supported"),
            ),
            (
                b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab".to_vec(),
                ReadError::Closed,
            ),
            (b"GET / HTT".to_vec(), ReadError::Closed),
        ];
        for (raw, expected) in cases {
            let results = read_all(&raw).await;
            assert_eq!(results.len(), 1);
            assert_eq!(results[0].as_ref().err(), Some(&expected));
        }
    }

    #[test]
    fn decodes_query_form_and_json_params() {
        let form = decode_params(
            "auth=t%2Bk&x=1",
            "application/x-www-form-urlencoded",
            b"STATUS=dnd&note=a+b%21&x=2",
        );
        assert_eq!(
            json!(form),
            json!({"auth": "t+k", "x": "2", "STATUS": "dnd", "note": "a b!"})
        );

        let body = br#"{"STATUS": "away", "n": 3}"#;
        let from_json = decode_params("", "application/json", body);
        assert_eq!(json!(from_json), json!({"STATUS": "away", "n": 3}));
        assert_eq!(
            json!(decode_params("", "", body)),
            json!({"STATUS": "away", "n": 3})
        );

        assert!(decode_params("", "application/json", b"{not json").is_empty());
        assert!(decode_params("", "application/json", b"[1]").is_empty());
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%D0%90"), "А");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[tokio::test]
    async fn streams_are_framed_and_counted() {
        let mut out = Vec::new();
        assert_eq!(write_stream(&mut out, Some(70_000)).await, 70_000);
        let (head, body) = out.split_at(out.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4);
        let head = String::from_utf8_lossy(head);
        assert!(head.contains("Content-Length: 70000"), "{head}");
        assert_eq!(body.len(), 70_000);
        assert!(body.starts_with(br#"{"result":"aaa"#));

        // An endless stream into a peer that stops reading: it ends when the writes fail.
        let (mut near, far) = tokio::io::duplex(200_000);
        let reader = tokio::spawn(async move {
            let mut far = far;
            let mut buf = vec![0; 300_000];
            let mut got = 0;
            while got < 300_000 {
                got += far.read(&mut buf[got..]).await.unwrap();
            }
            String::from_utf8_lossy(&buf[..got]).into_owned()
        });
        let written = write_stream(&mut near, None).await;
        let seen = reader.await.unwrap();
        assert!(
            seen.contains("Transfer-Encoding: chunked\r\n"),
            "{}",
            &seen[..200]
        );
        assert!(seen.contains("\r\n\r\n10000\r\n{\"result\":\"aaa"));
        assert!((250_000..600_000).contains(&written), "{written}");
    }

    #[tokio::test]
    async fn truncated_write_announces_the_full_length() {
        let response = Response::json(200, &json!({"result": true}));
        let mut out = Vec::new();
        write_truncated(&mut out, &response).await.unwrap();
        let text = String::from_utf8(out).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("Content-Length: {}", response.body.len())));
        assert!(head.contains("Connection: close"));
        assert_eq!(body.len(), response.body.len() / 2);
    }
}
