"""How fast the explorer answers a control change, on 1,000 SaudiNewsNet articles.

    python bench/app_speed.py [--articles 1000] [--graph DIR] [--repeats 5] [--no-browser]

1. Builds the graph of ``--articles`` SaudiNewsNet articles (spread over the
   days in ``../shared/data/saudinewsnet/*.zip``) with ``pipeline.build.build``
   into a temporary folder (this loads the NER model), or reuses a built
   graph with ``--graph DIR`` (``graph.json`` + ``articles.json``).
2. Server side, per control change (one sidebar control moved from the
   default view): what the app computes before the page can be drawn, i.e.
   the drawing (drawn actors and the matching counts; from the store when the build has one,
   as the app queries it) + the drawn links' summaries + ``render_html``. Prints the
   median per change, the median over all changes, and each one's ratio to a
   baseline measured in the same run: rendering the default (unfiltered)
   view. Also the Actors tab (the default open tab) per change, and a full script
   rerun through Streamlit's AppTest per change, for context.
3. In Chromium (Debian's, via Playwright): ``window.graphStats.stabilizedMs``
   of the drawing at the default node cap, physics on (the layout is
   stabilised, then frozen), and the time from opening the page to the
   frozen graph.

Targets: median ≤ 0.5 s per change server-side; stabilisation ≤ 2 s at the
cap. Numbers only; nothing here asserts.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_corpus(data: Path, count: int, folder: Path) -> int:
    """``count`` SaudiNewsNet records, taken round-robin over the daily archives, as one .jsonl file."""
    days = []
    for archive in sorted((data / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            records = [r for name in zf.namelist() for r in json.loads(zf.read(name).decode("utf-8"))]
        days.append([r for r in records if len(r.get("content") or "") > 200])
    if not days:
        raise SystemExit(f"no SaudiNewsNet archives in {data / 'saudinewsnet'}")
    chosen = []
    i = 0
    while len(chosen) < count and any(i < len(d) for d in days):
        chosen.extend(d[i] for d in days if i < len(d))
        i += 1
    chosen = chosen[:count]
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "saudinewsnet.jsonl").open("w", encoding="utf-8") as fh:
        for n, record in enumerate(chosen):
            fh.write(json.dumps(dict(record, id=f"snn-{n:05d}"), ensure_ascii=False) + "\n")
    return len(chosen)


def build_graph_dir(args) -> Path:
    from pipeline.build import build
    from pipeline.errors import NerModelError

    work = Path(tempfile.mkdtemp(prefix="bench-app-"))
    n = write_corpus(args.data, args.articles, work / "corpus")
    print(f"building the graph of {n} SaudiNewsNet articles in {work / 'out'} (NER: bundled model, {args.workers} workers) ...", flush=True)
    start = time.perf_counter()
    try:
        result = build(work / "corpus", work / "out", workers=args.workers)
    except NerModelError as exc:
        raise SystemExit(f"cannot build without the NER model: {exc}\n(or pass --graph DIR with a built graph)")
    s = result.stats
    print(f"  built in {time.perf_counter() - start:.1f} s: {s.articles} articles, {s.actors} actors, {s.edges} links ({s.skipped} skipped)")
    return work / "out"


def controls(G, default_cap: int) -> dict:
    """One ViewState per control change (each moves one control from the default view)."""
    from pipeline.graphdata import date_bounds
    from pipeline.labels import actor_options
    from pipeline.viewstate import ViewState

    meta = G.graph.get("articles") or []
    ids = [a["id"] for a in meta]
    top = actor_options(G)
    bounds = date_bounds(meta)
    english = next((G.nodes[n]["label_en"] for n in top if G.nodes[n].get("label_en")), "saudi")
    arabic = G.nodes[top[0]].get("label") or top[0]
    states = {
        "articles (first 100)": ViewState(articles=tuple(ids[:100])),
        "articles (one)": ViewState(articles=tuple(ids[:1])),
        "actor types (PER, ORG)": ViewState(actor_types=("PER", "ORG")),
        "relation types (no co-mention)": ViewState(relation_types=("MEET", "AGREE", "SUPPORT", "OPPOSE", "COOPERATE", "ATTACK", "STATEMENT")),
        "min weight 3": ViewState(min_weight=3),
        "co-mention links shown": ViewState(co_mentions=True),
        "co-mention shown, rank by weight": ViewState(co_mentions=True, significance="weight"),
        "co-mention shown, backbone": ViewState(co_mentions=True, significance="backbone"),
        "max links 1000 (co-mention shown)": ViewState(co_mentions=True, max_edges=1000),
        "labels 100": ViewState(labels=100),
        "colour by type": ViewState(color_by="type"),
        "search (Arabic)": ViewState(search=arabic.split()[0]),
        "search (English)": ViewState(search=english.split()[0]),
        "focus depth 1": ViewState(focus=top[0]),
        "focus depth 2": ViewState(focus=top[0], depth=2),
        "hide isolates": ViewState(hide_isolates=True),
        "max nodes 50": ViewState(max_nodes=50),
        "max nodes 300": ViewState(max_nodes=300),
        "labels English": ViewState(label_language="en"),
        "physics on": ViewState(physics=True),
        "size by PageRank": ViewState(size_by="pagerank"),
        "size by degree": ViewState(size_by="degree"),
    }
    if bounds and bounds[0] != bounds[1]:

        mid = bounds[0] + (bounds[1] - bounds[0]) / 2
        states["date range (first half)"] = ViewState(date_from=bounds[0].isoformat(), date_to=mid.isoformat())
        states["date range (one day)"] = ViewState(date_from=bounds[0].isoformat(), date_to=bounds[0].isoformat())
    return states


def server_side(data, states: dict, repeats: int) -> None:
    """What the app computes per control change, through the same calls
    (``GraphData.drawing``, ``with_summaries``, ``render_html``; the Actors
    tab's ``GraphData.strongest`` + ``actor_rows``); a build with a store is
    queried, as the app queries it."""
    from pipeline.graph import ACTOR_TABLE_LIMIT, INTERACTION, actor_rows, edge_kind
    from pipeline.layouts import base_layout
    from pipeline.viewstate import ViewState, render_options
    from pipeline.render import render_html

    G = data.graph
    start = time.perf_counter()
    layout = base_layout(G)
    print(f"\nshared layout (layouts.base_layout, once per graph, cached by the app): {time.perf_counter() - start:.2f} s for {len(layout)} actors")

    def change(state: ViewState) -> tuple[int, int]:
        """What the app computes for the graph page (graph_app.graph_page), nothing cached."""
        data._filtered.clear()  # the evidence-filtered graphs (or store arrays) a build keeps,
        data._summaries.clear()  # and the drawn links' summaries: the first time a view is asked for
        data._views.clear()  # and the ranked views (the Actors tab, run after, reuses the page's, as in the app)
        drawing = data.drawing(state)
        drawn = data.with_summaries(drawing.drawn, state)
        render_html(drawn, height="660px", total_nodes=drawing.count, legend=False, **render_options(drawn, state, layout))
        return drawn.number_of_nodes(), drawing.count

    def table(state: ViewState) -> None:
        """The Actors tab (the default open tab), as graph_app.actor_rows computes it."""
        strongest, _ = data.strongest(state, ACTOR_TABLE_LIMIT)
        actor_rows(strongest, limit=None)

    _, drawn = data.view(ViewState())
    typed = sum(edge_kind(d) == INTERACTION for _, _, d in G.edges(data=True))
    typed_drawn = sum(edge_kind(d) == INTERACTION for _, _, d in drawn.edges(data=True))
    print(f"default view: {drawn.number_of_nodes()} actors, {drawn.number_of_edges()} links drawn "
          f"({typed_drawn} typed = {typed_drawn / max(drawn.number_of_edges(), 1):.0%} of the drawn links; "
          f"{typed_drawn} of the graph's {typed} typed links = {typed_drawn / max(typed, 1):.0%})")

    def timed(fn, *a):
        start = time.perf_counter()
        out = fn(*a)
        return time.perf_counter() - start, out

    baseline = [timed(change, ViewState())[0] for _ in range(repeats)]
    base = statistics.median(baseline)
    where = "queried from the store" if data.store else "read from graph.json"
    print(f"\nserver side ({where}): view + drawn links' summaries + render_html per control change, uncached (median of {repeats})")
    print(f"  baseline, default view (all articles, cap {ViewState().max_nodes}): {base * 1000:7.1f} ms")
    print(f"  {'control change':34} {'median':>9} {'max':>9} {'ratio':>6} {'drawn':>6} {'match':>6} {'+Actors tab':>12}")
    medians = []
    table_times = []
    both = []
    for name, state in states.items():
        runs, tables = [], []
        for _ in range(repeats):
            with data.session():  # the app holds one store connection for the page and the open tab
                seconds, counts = timed(change, state)
                runs.append(seconds)
                tables.append(timed(table, state)[0])  # after the page, as the app runs them (the store's arrays kept)
        median = statistics.median(runs)
        medians.append(median)
        table_times.append(statistics.median(tables))
        both.append(statistics.median([r + t for r, t in zip(runs, tables)]))
        print(f"  {name:34} {median * 1000:7.1f}ms {max(runs) * 1000:7.1f}ms {median / base:6.2f} {counts[0]:6d} {counts[1]:6d} {both[-1] * 1000:10.1f}ms")
    overall = statistics.median(medians)
    print(f"  median over all {len(medians)} changes: {overall * 1000:.1f} ms (target ≤ 500 ms), ratio to baseline {overall / base:.2f}; slowest {max(medians) * 1000:.1f} ms")
    print(f"  Actors tab (GraphData.strongest + graph.actor_rows): median {statistics.median(table_times) * 1000:.1f} ms, max {max(table_times) * 1000:.1f} ms")
    print(f"  page + Actors tab (the default open tab) per change: median {statistics.median(both) * 1000:.1f} ms, max {max(both) * 1000:.1f} ms")
    evidence_times(data, G)


def forget_texts(data) -> None:
    """Drop the article texts a store build keeps (pipeline.graphdata.StoreArticles)."""
    cache = getattr(data.by_id, "_cache", None)
    if cache is not None:
        cache.clear()


def evidence_times(data, G, pairs: int = 20, actors: int = 5) -> None:
    """Evidence on demand, as the Evidence tab and the detail panel ask for it."""
    from pipeline.evidence import evidence_count, evidence_rows
    from pipeline.viewstate import ViewState

    state = ViewState(co_mentions=True)
    H, _ = data.view(state)
    heaviest = sorted(H.edges(data="weight"), key=lambda e: (-e[2], e[0], e[1]))[:pairs]
    strongest = sorted(H, key=lambda n: -H.degree(n, weight="weight"))[:actors]
    runs = []
    for u, v, _ in heaviest:
        forget_texts(data)  # article texts read anew, as for a pair asked the first time
        fetch = data.evidence_source(state)
        start = time.perf_counter()
        with data.session():  # as the app's Evidence tab and detail panel ask
            evidence_rows(H, u, v, articles=data.by_id, limit=200, fetch=fetch)
            evidence_count(H, u, v, fetch)
        runs.append(time.perf_counter() - start)
    hubs = []
    for n in strongest:
        forget_texts(data)
        fetch = data.evidence_source(state)
        start = time.perf_counter()
        with data.session():
            evidence_rows(H, n, None, articles=data.by_id, limit=200, fetch=fetch)
            evidence_count(H, n, None, fetch)
        hubs.append(time.perf_counter() - start)
    print(f"\nevidence on demand (rows shown, up to 200, + count): the {len(runs)} heaviest pairs median {statistics.median(runs) * 1000:.0f} ms, "
          f"max {max(runs) * 1000:.0f} ms (target ≤ 300 ms); all links of the {len(hubs)} strongest actors median {statistics.median(hubs) * 1000:.0f} ms, max {max(hubs) * 1000:.0f} ms")


def apptest_reruns(graph_dir: Path, states: dict) -> None:
    """A full script rerun per control change, as Streamlit runs it (AppTest)."""
    import os
    import warnings

    from streamlit.testing.v1 import AppTest

    os.environ["GRAPH_DIR"] = str(graph_dir)
    warnings.filterwarnings("ignore")
    times = []
    start = time.perf_counter()
    first = AppTest.from_file(str(ROOT / "graph_app.py"), default_timeout=600).run()
    cold = time.perf_counter() - start
    if first.exception:
        print(f"\nAppTest: the app raised {first.exception}")
        return
    for name, state in states.items():
        at = AppTest.from_file(str(ROOT / "graph_app.py"), default_timeout=600)
        at.query_params = state.to_query_params()
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    print(f"\nfull script run through AppTest (graph page + Actors tab): first run {cold:.2f} s (imports, load, metrics); "
          f"per control change median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


def browser(graph_dir: Path, loads: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.browser_support import graph_frame, launch_chromium, missing_browser, serve_app

    why = missing_browser()
    if why:
        print(f"\nbrowser: skipped ({why})")
        return
    from playwright.sync_api import sync_playwright

    print(f"\nin Chromium (Playwright), default view (physics off, shared layout) and physics on; {loads} loads")
    with serve_app(graph_dir) as url, sync_playwright() as pw:
        chromium = launch_chromium(pw)
        for query, label in (("", "default view"), ("?co_mention=show&v=2", "co-mention links shown"), ("?physics=on&v=2", "physics on"), ("?max_nodes=300&co_mention=show&v=2", "cap 300, co-mentions")):
            stabilised, opened = [], []
            for _ in range(loads):
                context = chromium.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                start = time.perf_counter()
                page.goto(url + "/" + query)
                _, stats = graph_frame(page, timeout=120)
                opened.append(time.perf_counter() - start)
                stabilised.append(stats["stabilizedMs"] / 1000)
                context.close()
            print(
                f"  {label}: {stats['nodes']} actors, {stats['edges']} links drawn of {stats['totalNodes']}; "
                f"stabilised and frozen in median {statistics.median(stabilised):.2f} s (max {max(stabilised):.2f}; target ≤ 2 s); "
                f"page open → frozen graph median {statistics.median(opened):.2f} s"
            )
        chromium.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--graph", type=Path, help="a built graph folder (graph.json, articles.json) instead of building one")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--loads", type=int, default=3, help="browser page loads per setting")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-apptest", action="store_true")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()

    from pipeline.graphdata import load_graph_dir

    graph_dir = args.graph or build_graph_dir(args)
    start = time.perf_counter()
    data = load_graph_dir(graph_dir)
    G = data.graph
    print(f"graph {graph_dir}: {len(G.graph.get('articles') or [])} articles, {G.number_of_nodes()} actors, {G.number_of_edges()} links; loaded in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    data.warm_search()  # the app does it in the background once the build is loaded
    print(f"search tokens of every actor (graph_app.load_data's background thread): {time.perf_counter() - start:.2f} s")
    states = controls(G, 150)
    server_side(data, states, args.repeats)
    if not args.no_apptest:
        apptest_reruns(graph_dir, states)
    if not args.no_browser:
        browser(graph_dir, args.loads)


if __name__ == "__main__":
    main()
