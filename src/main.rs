//! The `kan` binary: everything lives in the library so tests and benches can reach it.

/// mimalloc, for Rust and — through its `override` feature — for the bundled librdkafka's
/// malloc/free too: every record costs librdkafka several small allocations (the message, its
/// header list, each header), and glibc's allocator made that a quarter of `kan publish`'s CPU.
/// Built with `no_thp`: mimalloc otherwise asks for transparent huge pages, and every fresh
/// 2 MiB page the consumer's fetch buffers touched was zeroed whole (an eighth of
/// `kan watch`'s CPU).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    kan::main()
}
