//! The sign-in page's HTTP/1.1, only as much as the page needs: one request per connection, read under a deadline, a body of bounded size checked before it is read, and one answer.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

use secrecy::zeroize::{Zeroize, Zeroizing};

/// The longest request head (request line and headers) read; a browser's is 1–2 KiB.
const MAX_HEAD: usize = 8 * 1024;
/// The longest chunk-size line of a chunked body, extensions included.
const MAX_CHUNK_LINE: usize = 256;
/// After answering, at most this much of what the client still sends is read and dropped, so that
/// closing does not reset the connection before the client has read the answer.
const MAX_DRAIN: usize = 64 * 1024;

/// A request's head, as data.
pub struct Head {
    pub method: String,
    pub target: String,
    /// In the order received; names as sent (compare them case-insensitively).
    pub headers: Vec<(String, String)>,
}

impl Head {
    /// The values of the headers called `name`.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why no request (or no body) could be read.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The client closed the connection, failed, or ran out of time: there is nobody to answer.
    Gone,
    /// Not HTTP/1.x as the page accepts it: answer 400.
    Bad,
    /// A head longer than [`MAX_HEAD`]: answer 431.
    HeadTooLarge,
    /// A body longer than the limit (declared, or found while reading a chunked one): answer 413.
    TooLarge,
    /// A transfer coding other than chunked: answer 501.
    Unsupported,
}

/// How a request's body is framed.
enum Framing {
    None,
    Length(usize),
    Chunked,
}

/// One accepted connection, with the deadline by which its request must have arrived.
pub struct Connection {
    stream: TcpStream,
    deadline: Instant,
    /// What was read and not yet used; it may hold the pasted secret, so it is zeroed on drop, and it is
    /// allocated once (reads never grow it) so that no copy is left behind in freed memory.
    buf: Zeroizing<Vec<u8>>,
}

impl Connection {
    /// `stream` in blocking mode with `deadline` for reading the request (and as long again to write
    /// the answer).
    pub fn new(stream: TcpStream, deadline: Instant) -> io::Result<Connection> {
        // An accepted socket inherits the listener's non-blocking mode on some systems.
        stream.set_nonblocking(false)?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream,
            deadline,
            buf: Zeroizing::new(Vec::with_capacity(MAX_HEAD.max(MAX_CHUNK_LINE) + 4096)),
        })
    }

    /// Reads more into `buf` (up to its capacity) before the deadline; `Gone` on end of file, error or
    /// timeout.
    fn fill(&mut self) -> Result<(), ReadError> {
        let remaining = self
            .deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
            .ok_or(ReadError::Gone)?;
        self.stream
            .set_read_timeout(Some(remaining))
            .map_err(|_| ReadError::Gone)?;
        let len = self.buf.len();
        let room = self.buf.capacity() - len;
        if room == 0 {
            return Err(ReadError::Bad);
        }
        self.buf.resize(len + room, 0);
        let read = self.stream.read(&mut self.buf[len..]);
        match read {
            Ok(n) if n > 0 => {
                self.buf.truncate(len + n);
                Ok(())
            }
            _ => {
                self.buf.truncate(len);
                Err(ReadError::Gone)
            }
        }
    }

    /// Drops the first `n` bytes of `buf` (moving the rest to the front, in place).
    fn consume(&mut self, n: usize) {
        self.buf.copy_within(n.., 0);
        let keep = self.buf.len() - n;
        self.buf[keep..].zeroize();
        self.buf.truncate(keep);
    }

    /// Reads and parses the request head.
    pub fn read_head(&mut self) -> Result<Head, ReadError> {
        let end = loop {
            if let Some(at) = find(&self.buf, b"\r\n\r\n") {
                break at;
            }
            if self.buf.len() >= MAX_HEAD {
                return Err(ReadError::HeadTooLarge);
            }
            self.fill()?;
        };
        if end + 4 > MAX_HEAD {
            return Err(ReadError::HeadTooLarge);
        }
        let head = parse_head(&self.buf[..end])?;
        self.consume(end + 4);
        Ok(head)
    }

    /// Reads the body of `head` into memory that is zeroed on drop; [`ReadError::TooLarge`] when it
    /// is longer than `limit`, decided before reading it whenever its length is declared.
    pub fn read_body(
        &mut self,
        head: &Head,
        limit: usize,
    ) -> Result<Zeroizing<Vec<u8>>, ReadError> {
        let framing = framing(head)?;
        if let Framing::Length(n) = framing
            && n > limit
        {
            return Err(ReadError::TooLarge);
        }
        if head
            .values("Expect")
            .any(|v| v.eq_ignore_ascii_case("100-continue"))
        {
            let _ = self.write(b"HTTP/1.1 100 Continue\r\n\r\n");
        }
        let mut body = Zeroizing::new(Vec::with_capacity(limit));
        match framing {
            Framing::None => {}
            Framing::Length(n) => self.take(n, &mut body)?,
            Framing::Chunked => loop {
                let line = self.line()?;
                let size = line.split(';').next().unwrap_or("").trim();
                let size = usize::from_str_radix(size, 16).map_err(|_| ReadError::Bad)?;
                if size == 0 {
                    // Trailers, up to the empty line.
                    while !self.line()?.is_empty() {}
                    break;
                }
                if body.len().saturating_add(size) > limit {
                    return Err(ReadError::TooLarge);
                }
                self.take(size, &mut body)?;
                if !self.line()?.is_empty() {
                    return Err(ReadError::Bad);
                }
            },
        }
        Ok(body)
    }

    /// Moves the next `n` bytes of the request into `body` (which has room for them).
    fn take(&mut self, mut n: usize, body: &mut Vec<u8>) -> Result<(), ReadError> {
        while n > 0 {
            if self.buf.is_empty() {
                self.fill()?;
            }
            let step = n.min(self.buf.len());
            body.extend_from_slice(&self.buf[..step]);
            self.consume(step);
            n -= step;
        }
        Ok(())
    }

    /// The next line of a chunked body, without its CRLF.
    fn line(&mut self) -> Result<String, ReadError> {
        loop {
            if let Some(at) = find(&self.buf, b"\r\n") {
                let line = std::str::from_utf8(&self.buf[..at])
                    .map_err(|_| ReadError::Bad)?
                    .to_string();
                self.consume(at + 2);
                return Ok(line);
            }
            if self.buf.len() > MAX_CHUNK_LINE {
                return Err(ReadError::Bad);
            }
            self.fill()?;
        }
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        let remaining = self
            .deadline
            .checked_duration_since(Instant::now())
            .unwrap_or_default()
            .max(Duration::from_secs(1));
        self.stream.set_write_timeout(Some(remaining))?;
        self.stream.write_all(bytes)
    }

    /// Sends the answer (the body left out when `head_only`), then closes the connection: the write side
    /// first, then what the client still sends is read and dropped (at most [`MAX_DRAIN`] bytes, until
    /// `linger` has passed), so that the client reads the whole answer rather than a reset.
    pub fn answer(
        mut self,
        status: u16,
        headers: &[(&str, &str)],
        body: &[u8],
        head_only: bool,
        linger: Duration,
    ) -> io::Result<()> {
        let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
        for (name, value) in headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        let mut bytes = out.into_bytes();
        if !head_only {
            bytes.extend_from_slice(body);
        }
        self.write(&bytes)?;
        self.stream.shutdown(Shutdown::Write)?;
        let until = Instant::now() + linger;
        let mut drained = 0;
        let mut scratch = Zeroizing::new([0u8; 4096]);
        while drained < MAX_DRAIN {
            let Some(left) = until.checked_duration_since(Instant::now()) else {
                break;
            };
            if left.is_zero() || self.stream.set_read_timeout(Some(left)).is_err() {
                break;
            }
            match self.stream.read(&mut scratch[..]) {
                Ok(n) if n > 0 => drained += n,
                _ => break,
            }
        }
        Ok(())
    }
}

/// The reason phrase of each status the page answers with.
fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `METHOD TARGET HTTP/1.x` and `Name: value` lines, strictly: no folded lines, no spaces in names.
fn parse_head(bytes: &[u8]) -> Result<Head, ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::Bad)?;
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next().unwrap_or("").split(' ');
    let (Some(method), Some(target), Some(version), None) = (
        request_line.next(),
        request_line.next(),
        request_line.next(),
        request_line.next(),
    ) else {
        return Err(ReadError::Bad);
    };
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    if !token(method) || target.is_empty() || !matches!(version, "HTTP/1.0" | "HTTP/1.1") {
        return Err(ReadError::Bad);
    }
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line.split_once(':').ok_or(ReadError::Bad)?;
        if !token(name) || value.contains(['\r', '\n']) {
            return Err(ReadError::Bad);
        }
        headers.push((
            name.to_string(),
            value.trim_matches([' ', '\t']).to_string(),
        ));
    }
    Ok(Head {
        method: method.to_string(),
        target: target.to_string(),
        headers,
    })
}

/// How the body is framed; both framings at once, or two lengths, are refused (request smuggling).
fn framing(head: &Head) -> Result<Framing, ReadError> {
    let lengths: Vec<&str> = head.values("Content-Length").collect();
    let codings: Vec<&str> = head.values("Transfer-Encoding").collect();
    match (lengths.as_slice(), codings.as_slice()) {
        ([], []) => Ok(Framing::None),
        ([length], []) => {
            if !length.bytes().all(|b| b.is_ascii_digit()) || length.is_empty() {
                return Err(ReadError::Bad);
            }
            // A length too big for usize is larger than any limit.
            Ok(Framing::Length(length.parse().unwrap_or(usize::MAX)))
        }
        ([], [coding]) if coding.eq_ignore_ascii_case("chunked") => Ok(Framing::Chunked),
        ([], [_]) => Err(ReadError::Unsupported),
        _ => Err(ReadError::Bad),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_parsed_strictly() {
        let head =
            parse_head(b"POST /a/submit HTTP/1.1\r\nHost: x:1\r\nContent-Length:  5 ").unwrap();
        assert_eq!(head.method, "POST");
        assert_eq!(head.target, "/a/submit");
        assert_eq!(head.values("host").collect::<Vec<_>>(), ["x:1"]);
        assert_eq!(head.values("content-length").collect::<Vec<_>>(), ["5"]);
        for bad in [
            &b"GET / HTTP/2\r\nHost: x"[..],
            b"GET  / HTTP/1.1",
            b"GET / HTTP/1.1\r\n folded: x",
            b"GET / HTTP/1.1\r\nBad Name: x",
            b"GET / HTTP/1.1\r\nno colon",
            b"G\xffT / HTTP/1.1",
        ] {
            assert!(
                parse_head(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    /// A connected pair: the client's end, and the server's as a [`Connection`] with `deadline`.
    fn pair(deadline: Duration) -> (TcpStream, Connection) {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (server, _) = listener.accept().unwrap();
        (
            client,
            Connection::new(server, Instant::now() + deadline).unwrap(),
        )
    }

    #[test]
    fn a_silent_or_trickling_client_is_dropped_at_the_deadline() {
        let (_silent, mut connection) = pair(Duration::from_millis(300));
        assert_eq!(connection.read_head().err(), Some(ReadError::Gone));

        // One byte every 50 ms would take 5 s for this head; the deadline is for the whole request,
        // not for each read.
        let (mut client, mut connection) = pair(Duration::from_millis(300));
        let trickle = std::thread::spawn(move || {
            for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n" {
                if client.write_all(&[*byte]).is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        let started = Instant::now();
        assert_eq!(connection.read_head().err(), Some(ReadError::Gone));
        // Generous: it did not wait for the whole trickle.
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{:?}",
            started.elapsed()
        );
        drop(connection);
        trickle.join().unwrap();
    }

    #[test]
    fn a_body_is_read_within_its_limit_and_chunks_are_counted_before_they_are_read() {
        let (mut client, mut connection) = pair(Duration::from_secs(10));
        client
            .write_all(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
            .unwrap();
        let head = connection.read_head().unwrap();
        assert_eq!(&connection.read_body(&head, 8).unwrap()[..], b"hello");

        let (mut client, mut connection) = pair(Duration::from_secs(10));
        client
            .write_all(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n")
            .unwrap();
        let head = connection.read_head().unwrap();
        assert_eq!(&connection.read_body(&head, 8).unwrap()[..], b"abcde");

        // A chunk that would pass the limit is refused from its size line alone.
        let (mut client, mut connection) = pair(Duration::from_secs(10));
        client
            .write_all(
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nfffff\r\n",
            )
            .unwrap();
        let head = connection.read_head().unwrap();
        assert_eq!(
            connection.read_body(&head, 8).err(),
            Some(ReadError::TooLarge)
        );
    }

    #[test]
    fn framing_refuses_ambiguity() {
        let head = |h: &[(&str, &str)]| Head {
            method: "POST".into(),
            target: "/".into(),
            headers: h
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        };
        assert!(matches!(framing(&head(&[])), Ok(Framing::None)));
        assert!(matches!(
            framing(&head(&[("Content-Length", "99999999999999999999999")])),
            Ok(Framing::Length(usize::MAX))
        ));
        assert!(matches!(
            framing(&head(&[("Transfer-Encoding", "Chunked")])),
            Ok(Framing::Chunked)
        ));
        for bad in [
            vec![("Content-Length", "1"), ("Content-Length", "1")],
            vec![("Content-Length", "-1")],
            vec![("Content-Length", "")],
            vec![("Content-Length", "1"), ("Transfer-Encoding", "chunked")],
        ] {
            assert_eq!(framing(&head(&bad)).err(), Some(ReadError::Bad), "{bad:?}");
        }
        assert_eq!(
            framing(&head(&[("Transfer-Encoding", "gzip")])).err(),
            Some(ReadError::Unsupported)
        );
    }
}
