//! Reading newline-delimited input (a file or stdin) in blocks on a separate thread, so the
//! consumer can stop on Ctrl-C even while stdin is idle, and without a channel message or an
//! allocation per line.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::time::Duration;

use crate::error::KanError;

const BLOCK: usize = 256 * 1024;

/// A block of whole lines, without its final newline.
pub struct Block {
    pub data: Vec<u8>,
    /// 1-based number of the block's first line.
    pub first_line: u64,
    /// Where the buffer goes back when the block is dropped, to be read into again: a fresh
    /// buffer per block means fresh pages from the kernel, zeroed, for every 256 KiB read.
    home: Option<SyncSender<Vec<u8>>>,
}

impl Drop for Block {
    fn drop(&mut self) {
        // (A buffer that grew for a very long line is let go rather than kept for the run.)
        if let Some(home) = self
            .home
            .take()
            .filter(|_| self.data.capacity() <= 4 * BLOCK)
        {
            let _ = home.try_send(std::mem::take(&mut self.data));
        }
    }
}

impl Block {
    /// The block's lines with their numbers (a trailing `\r` is dropped).
    pub fn lines(&self) -> impl Iterator<Item = (u64, &[u8])> {
        self.line_spans()
            .map(move |(number, start, end)| (number, &self.data[start..end]))
    }

    /// Each line's number and byte range in `data` (newline and a trailing `\r` excluded).
    pub fn line_spans(&self) -> impl Iterator<Item = (u64, usize, usize)> + '_ {
        let data = &self.data;
        let mut start = 0;
        let mut number = self.first_line;
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let newline = match memchr::memchr(b'\n', &data[start..]) {
                Some(at) => start + at,
                None => {
                    done = true;
                    data.len()
                }
            };
            let end = if data[start..newline].ends_with(b"\r") {
                newline - 1
            } else {
                newline
            };
            let span = (number, start, end);
            start = newline + 1;
            number += 1;
            Some(span)
        })
    }
}

/// What the consumer gets from [`LineSource::next_block`].
pub enum Next {
    Block(Block),
    /// Nothing yet (poll again, after checking for Ctrl-C).
    Pending,
    End,
}

/// Lines from a file or stdin, read ahead on a thread.
pub struct LineSource {
    /// `stdin` or the path, for messages like `events.jsonl:12: …`.
    pub name: String,
    /// Total size when known (files), for progress.
    pub size: Option<u64>,
    receiver: Receiver<io::Result<Block>>,
}

impl LineSource {
    /// Opens a file, or stdin for `None` / `-`.
    pub fn open(path: Option<&Path>) -> Result<Self, KanError> {
        match path {
            Some(path) if path != Path::new("-") => {
                let file = File::open(path).map_err(|err| {
                    KanError::usage(format!("cannot read {}: {err}", path.display()))
                })?;
                let size = file.metadata().ok().map(|meta| meta.len());
                Ok(Self::spawn(path.display().to_string(), size, file))
            }
            _ => Ok(Self::spawn("stdin".into(), None, io::stdin())),
        }
    }

    /// Reads from any reader (used by tests and by in-memory input).
    pub fn spawn(name: String, size: Option<u64>, mut reader: impl Read + Send + 'static) -> Self {
        let (sender, receiver) = sync_channel(4);
        // Blocks in the channel, being processed and being read: at most about 8 buffers.
        let (home, returned) = sync_channel::<Vec<u8>>(8);
        std::thread::spawn(move || {
            let mut carry: Vec<u8> = Vec::new();
            let mut next_line = 1u64;
            loop {
                let mut data = if carry.len() > BLOCK {
                    // A line longer than a block keeps growing in place.
                    std::mem::take(&mut carry)
                } else {
                    let mut data = returned.try_recv().unwrap_or_default();
                    data.clear();
                    data.extend_from_slice(&carry);
                    data
                };
                let start = data.len();
                data.resize(start + BLOCK, 0);
                let read = match reader.read(&mut data[start..]) {
                    Ok(read) => read,
                    Err(err) if err.kind() == io::ErrorKind::Interrupted => {
                        data.truncate(start);
                        carry = data;
                        continue;
                    }
                    Err(err) => {
                        let _ = sender.send(Err(err));
                        return;
                    }
                };
                data.truncate(start + read);
                if read == 0 {
                    // End of input: whatever is left is the last line (no final newline).
                    if !data.is_empty() {
                        let _ = sender.send(Ok(Block {
                            data,
                            first_line: next_line,
                            home: None,
                        }));
                    }
                    return;
                }
                let Some(last_newline) = memchr::memrchr(b'\n', &data) else {
                    carry = data;
                    continue;
                };
                carry.clear();
                carry.extend_from_slice(&data[last_newline + 1..]);
                data.truncate(last_newline);
                let lines = memchr::memchr_iter(b'\n', &data).count() as u64 + 1;
                let block = Block {
                    data,
                    first_line: next_line,
                    home: Some(home.clone()),
                };
                next_line += lines;
                if sender.send(Ok(block)).is_err() {
                    return;
                }
            }
        });
        LineSource {
            name,
            size,
            receiver,
        }
    }

    /// Waits up to `wait` for the next block.
    pub fn next_block(&self, wait: Duration) -> Result<Next, KanError> {
        match self.receiver.recv_timeout(wait) {
            Ok(Ok(block)) => Ok(Next::Block(block)),
            Ok(Err(err)) => Err(KanError::usage(format!("cannot read {}: {err}", self.name))),
            Err(RecvTimeoutError::Timeout) => Ok(Next::Pending),
            Err(RecvTimeoutError::Disconnected) => Ok(Next::End),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &'static [u8]) -> Vec<(u64, String)> {
        collect_from(text)
    }

    fn collect_from(reader: impl Read + Send + 'static) -> Vec<(u64, String)> {
        let source = LineSource::spawn("test".into(), None, reader);
        let mut lines = Vec::new();
        loop {
            match source.next_block(Duration::from_secs(5)).unwrap() {
                Next::Block(block) => lines.extend(
                    block
                        .lines()
                        .map(|(number, line)| (number, String::from_utf8_lossy(line).to_string())),
                ),
                Next::Pending => continue,
                Next::End => return lines,
            }
        }
    }

    #[test]
    fn numbers_lines_and_keeps_the_last_one_without_newline() {
        assert_eq!(
            collect(b"a\nb\r\n\nd"),
            vec![
                (1, "a".into()),
                (2, "b".into()),
                (3, "".into()),
                (4, "d".into())
            ]
        );
        assert_eq!(collect(b"a\n"), vec![(1, "a".into())]);
        assert!(collect(b"").is_empty());
    }

    #[test]
    fn lines_spanning_blocks_stay_whole() {
        let long: &'static [u8] = Box::leak(
            (0..100_000)
                .map(|index| format!("line-{index:06}\n"))
                .collect::<String>()
                .into_bytes()
                .into_boxed_slice(),
        );
        let lines = collect(long);
        assert_eq!(lines.len(), 100_000);
        assert_eq!(lines[77_777], (77_778, "line-077777".to_string()));
    }

    /// Hands out at most `step` bytes per read, like a pipe.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.step).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn reused_buffers_and_lines_longer_than_a_block_keep_every_byte() {
        // Long lines (several blocks each) between runs of short ones: buffers go back to the
        // reader and are refilled, so stale bytes from a longer earlier fill would show here.
        let mut expected = Vec::new();
        let mut text = Vec::new();
        for round in 0..6 {
            let long = format!("{round}").repeat(BLOCK * 2 + 17 * round);
            text.extend_from_slice(long.as_bytes());
            text.push(b'\n');
            expected.push(long);
            for index in 0..20_000 {
                let short = format!("r{round}-{index}");
                text.extend_from_slice(short.as_bytes());
                text.push(b'\n');
                expected.push(short);
            }
        }
        for step in [usize::MAX, 4_099] {
            let lines = collect_from(Trickle {
                data: text.clone(),
                at: 0,
                step,
            });
            assert_eq!(lines.len(), expected.len(), "step {step}");
            for (index, ((number, line), want)) in lines.iter().zip(&expected).enumerate() {
                assert_eq!(*number, index as u64 + 1);
                assert!(line == want, "step {step}: line {number} differs");
            }
        }
    }
}
