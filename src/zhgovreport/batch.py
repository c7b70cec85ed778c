"""Runs over many files that lose nothing: discovery, per-file failures, a process pool, atomic output.

The stages of a batch, each usable on its own:

* :func:`discover` turns the files, folders and glob patterns a user names
  into report files, in a stable sorted order;
* :func:`load` reads one of them with :func:`~zhgovreport.files.parse_file`,
  giving a :class:`~zhgovreport.model.Report` or a
  :class:`~zhgovreport.model.Failure` that says why not (it never raises for
  a file's content or absence);
* :func:`run` applies a function to every report, in worker processes when
  ``jobs > 1``, and yields the results in input order as they come, holding
  only a bounded window of them in memory;
* :func:`atomic_output` writes a file under a temporary name and moves it in
  place only when the run succeeded, so an interrupted run leaves no
  half-written output.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import fnmatch
import glob as globmodule
import multiprocessing
import os
import pathlib
import secrets
import signal
import stat
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import IO, Any, Literal, TextIO, TypeVar, overload

from zhgovreport.errors import DecodeError
from zhgovreport.files import parse_file
from zhgovreport.model import Failure, FailureCode, Report
from zhgovreport.quantities.scan import search_scanner

__all__ = ["POOL_MIN_FILES", "PROGRESS_MIN_FILES", "SUFFIXES", "Progress", "atomic_output", "cores", "discover", "load", "run"]

T = TypeVar("T")

SUFFIXES = (".txt", ".html", ".htm", ".shtml")
"""The endings of the report files in a folder, compared case-insensitively (``report.TXT`` counts)."""

_MAGIC = frozenset("*?[")

PathArg = str | os.PathLike[str]


def cores() -> int:
    """The number of cores this process may run on (the default ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    if not patterns:
        return relative.lower().endswith(SUFFIXES)
    folded = relative.lower()
    return any(fnmatch.fnmatchcase(folded, pattern.lower()) for pattern in patterns)


def _walk(folder: str, prefix: str, patterns: Sequence[str]) -> Iterator[str]:
    # One folder at a time, entries in name order: the whole tree is never held in memory.
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        relative = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, relative + "/", patterns)
        elif entry.is_file() and _matches(relative, patterns):
            yield entry.path


def discover(paths: PathArg | Iterable[PathArg], *, glob: str | Sequence[str] | None = None) -> Iterator[str]:
    """The report files that ``paths`` name, in order.

    A file is itself (whatever its name; a missing one too, so that
    :func:`load` reports it).  A folder is every file below it whose name
    ends in one of :data:`SUFFIXES`, compared case-insensitively, or, with
    ``glob``, whose path relative to the folder matches one of the patterns
    (:mod:`fnmatch`, case-insensitively; ``*`` also matches ``/``).  Files in
    a folder come in sorted order, compared folder by folder.  A name that
    does not exist but holds ``*``, ``?`` or ``[`` is expanded as a glob
    pattern (``**`` spans folders).

    >>> import os
    >>> [os.path.basename(p) for p in discover("seeds")][:2]
    ['000_dc9f03113f863c93.txt', '001_1ac7896f71e6ea67.txt']
    >>> len(list(discover("tests/fixtures/corpus", glob="gwr-19*.txt")))
    4
    """
    patterns = (glob,) if isinstance(glob, str) else tuple(glob or ())
    names: Iterable[PathArg] = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    for name in names:
        text = os.fspath(name)
        if os.path.isdir(text):
            yield from _walk(text, "", patterns)
        elif not os.path.exists(text) and _MAGIC & set(text):
            found = sorted(globmodule.glob(text, recursive=True))
            yield from (p for p in found if os.path.isfile(p)) if found else [text]
        else:
            yield str(pathlib.Path(text))


def load(path: PathArg) -> Report | Failure:
    """Read and parse one file; a :class:`~zhgovreport.model.Failure` when it gives no report.

    The failures are those of :class:`~zhgovreport.model.FailureCode`: a
    missing or unreadable file, bytes that are no text, a file with no text
    but white space, a page when the ``html`` extra is not installed, and any
    other exception (a bug).

    >>> load("no/such/file.txt")
    Failure(file='no/such/file.txt', code=<FailureCode.MISSING: 'missing'>, reason='no such file')
    >>> load("seeds/000_dc9f03113f863c93.txt").meta.year
    2022
    """
    file = os.fspath(path)
    try:
        report = parse_file(file)
    except FileNotFoundError:
        return Failure(file, FailureCode.MISSING, "no such file")
    except OSError as exc:
        return Failure(file, FailureCode.UNREADABLE, f"cannot read: {exc.strerror or exc}")
    except DecodeError as exc:
        return Failure(file, FailureCode.UNDECODABLE, f"cannot decode: {exc.reason} at byte {exc.pos}")
    except ImportError as exc:  # an optional extra (selectolax for pages): the message says what to install
        return Failure(file, FailureCode.NEEDS_EXTRA, str(exc))
    except Exception as exc:  # a bug: report it with the file instead of losing the batch
        return Failure(file, FailureCode.ERROR, f"internal error: {type(exc).__name__}: {exc}")
    if not report.text.strip():
        return Failure(file, FailureCode.EMPTY, "empty file (no text but white space)")
    return report


def _process(work: Callable[[Report, str], T], file: str) -> T | Failure:
    loaded = load(file)
    if isinstance(loaded, Failure):
        return loaded
    try:
        return work(loaded, file)
    except Exception as exc:  # a bug in a row function: the file fails, the batch goes on
        return Failure(file, FailureCode.ERROR, f"internal error: {type(exc).__name__}: {exc}")


def _init_worker() -> None:
    # Ctrl-C is the parent's to handle (it stops the pool and removes partial output).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Compile the quantity scanner once per worker process, before the first file.
    search_scanner()


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers start from a clean process (no parent threads, such as a
    # progress bar's, are forked) with the library imported once; spawn elsewhere.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["zhgovreport.batch"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


POOL_MIN_FILES = 250
"""The command line's default ``--jobs`` is the number of cores from this many files on, and 1 below.

Starting the workers costs about 0.6 s (measured: ``summary seeds/`` takes
0.47 s in one process, 1.07 s with two workers), the time one process
takes to parse some 170 reports of 16,000 characters; two workers pay that
back from about 330 files, eight from about 190.
"""

WINDOW = 8
"""Files in flight per worker process: results wait for their turn in a window of ``jobs × WINDOW``."""


def run(
    files: Iterable[str | Failure],
    work: Callable[[Report, str], T],
    *,
    jobs: int = 1,
) -> Generator[tuple[str, T | Failure], None, None]:
    """``(file, work(report, file))`` for every file, in input order; a ``Failure`` for a file that gave none.

    ``work`` runs where the file is parsed: in this process when ``jobs`` is
    1, else in a pool of ``jobs`` worker processes (then ``work`` and what it
    returns must pickle: a module-level function, or a
    :func:`functools.partial` of one).  Each worker compiles the quantity
    scanner once, when it starts.  ``files`` is read as the run goes, and
    files are handed out as workers free up, at most ``jobs × WINDOW`` at a
    time, so memory does not grow with the number of files.  A ``Failure``
    among ``files`` (say, a folder with no report file) comes back in its
    place.  Closing the generator early (``--fail-fast``, Ctrl-C) cancels
    what is queued.

    >>> from zhgovreport.export import summary_row
    >>> [(f, type(r).__name__) for f, r in run(["seeds/000_dc9f03113f863c93.txt", "nope.txt"], summary_row)]
    [('seeds/000_dc9f03113f863c93.txt', 'dict'), ('nope.txt', 'Failure')]
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1:
        for file in files:
            yield (file.file, file) if isinstance(file, Failure) else (file, _process(work, file))
        return
    pool = concurrent.futures.ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker)
    pending: collections.deque[tuple[str, concurrent.futures.Future[T | Failure] | Failure]] = collections.deque()
    queue = iter(files)

    def submit() -> bool:
        for file in queue:
            if isinstance(file, Failure):
                pending.append((file.file, file))
            else:
                pending.append((file, pool.submit(_process, work, file)))
            return True
        return False

    try:
        while len(pending) < jobs * WINDOW and submit():
            pass
        while pending:
            file, future = pending.popleft()
            result = future if isinstance(future, Failure) else future.result()
            submit()
            yield file, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@overload
def atomic_output(path: PathArg, mode: Literal["w"] = "w") -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_output(path: PathArg, mode: Literal["wb"]) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def atomic_output(path: PathArg, mode: str = "w") -> contextlib.AbstractContextManager[IO[Any]]:
    """Write ``path`` all at once: a temporary file beside it, moved in place on success.

    If the ``with`` block raises (an error, ``KeyboardInterrupt``), the
    temporary file is removed and ``path`` is left as it was.  A ``path``
    that exists and is not a regular file (``/dev/null``, a named pipe) is
    written in place.  Text is
    written as UTF-8 with newlines untranslated (``newline=""``, as
    :mod:`csv` wants).
    """
    return _atomic_output(os.fspath(path), mode)


@contextlib.contextmanager
def _atomic_output(path: str, mode: str) -> Iterator[IO[Any]]:
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet (or not reachable: mkstemp says why)
        special = False
    if special:
        # /dev/null, /dev/stdout, a named pipe: written in place, never replaced.
        with _open(path, mode) as direct:
            yield direct
        return
    folder, name = os.path.split(os.path.abspath(path))
    for _attempt in range(100):
        # The name is chosen (and so known to the clean-up) before the file exists: a Ctrl-C
        # at any moment after it is created still removes it.
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 32 random bits collided
            continue
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        break
    else:  # pragma: no cover
        raise FileExistsError(f"no free temporary name beside {path}")
    try:
        with _open(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _open(target: str | int, mode: str) -> IO[Any]:
    if mode == "wb":
        return open(target, "wb")
    return open(target, "w", encoding="utf-8", newline="")


PROGRESS_MIN_FILES = 10
"""Runs over fewer files than this show no progress bar unless asked (``--progress``)."""


class Progress:
    """A progress bar on ``stream``: files done of ``total``, rate, time left, failures so far.

    It needs ``tqdm`` (the ``progress`` extra); without it, creating one
    raises ``ImportError``.  Messages written with :meth:`write` go above the
    bar.  ``enabled=False`` gives a bar that shows nothing but still writes
    messages.
    """

    def __init__(self, total: int, stream: TextIO, *, enabled: bool = True) -> None:
        self._stream = stream
        self.failed = 0
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="file", file=stream, dynamic_ncols=True, mininterval=0.2)

    def update(self, failed: bool = False) -> None:
        """One more file done (``failed``: it gave no report)."""
        if failed:
            self.failed += 1
        if self._bar is not None:
            if failed:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)

    def write(self, line: str) -> None:
        """Print ``line`` on the stream, above the bar."""
        if self._bar is not None:
            self._bar.write(line, file=self._stream)
        else:
            print(line, file=self._stream)

    def close(self) -> None:
        """Finish the bar (it stays on screen with the final counts)."""
        if self._bar is not None:
            self._bar.close()
