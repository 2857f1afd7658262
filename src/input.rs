//! Reading newline-delimited input (a file or stdin) in blocks on a separate thread, so the
//! consumer can stop on Ctrl-C even while stdin is idle, and without a channel message or an
//! allocation per line.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::error::KanError;

const BLOCK: usize = 256 * 1024;

/// A block of whole lines, without its final newline.
pub struct Block {
    pub data: Vec<u8>,
    /// 1-based number of the block's first line.
    pub first_line: u64,
}

impl Block {
    /// The block's lines with their numbers (a trailing `\r` is dropped).
    pub fn lines(&self) -> impl Iterator<Item = (u64, &[u8])> {
        self.data
            .split(|byte| *byte == b'\n')
            .enumerate()
            .map(move |(index, line)| {
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                (self.first_line + index as u64, line)
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
        std::thread::spawn(move || {
            let mut carry: Vec<u8> = Vec::new();
            let mut next_line = 1u64;
            loop {
                let mut data = std::mem::take(&mut carry);
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
                        }));
                    }
                    return;
                }
                let Some(last_newline) = data.iter().rposition(|byte| *byte == b'\n') else {
                    carry = data;
                    continue;
                };
                carry = data[last_newline + 1..].to_vec();
                data.truncate(last_newline);
                let lines = data.iter().filter(|byte| **byte == b'\n').count() as u64 + 1;
                let block = Block {
                    data,
                    first_line: next_line,
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
        let source = LineSource::spawn("test".into(), None, text);
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
}
