"""The map page's files: the template's fields, and the vendored vis-network checked by hash."""

from __future__ import annotations

import hashlib
from importlib import resources
from string import Template

VIS_NETWORK = {
    "vis-network.min.js": "6e30a2350474cdf92a0932c6d55b8adcb91929066817ed3eec7b87907a4612f3",
    "vis-network.min.css": "2e82d445ad5878ea881652470ce632601f8f55f1b99e6ebecdff8614600e6d0e",
}
ASSETS = resources.files("techpact.maps").joinpath("assets")


def test_map_assets_vendored_vis_network_is_the_pinned_9_1_2_with_its_licences():
    folder = ASSETS.joinpath("vis-network")
    for name, digest in VIS_NETWORK.items():
        assert hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() == digest, name
    assert "@version 9.1.2" in folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")[:400]
    assert folder.joinpath("LICENSE-MIT").is_file() and folder.joinpath("LICENSE-APACHE-2.0").is_file()
    assert all(digest in folder.joinpath("README.md").read_text(encoding="utf-8") for digest in VIS_NETWORK.values())


def test_map_assets_template_has_exactly_the_fields_render_html_fills():
    template = Template(ASSETS.joinpath("map.html").read_text(encoding="utf-8"))
    fields = {match[1] or match[2] for match in template.pattern.findall(template.template) if match[1] or match[2]}
    assert fields == {"title", "caption", "vis_css", "page_css", "vis_js", "legend", "data", "sector_options",
                      "status_options", "script"}


def test_map_assets_every_script_is_inlined_in_the_page_and_map_js_starts_it():
    from techpact.maps.data import MapGraph
    from techpact.maps.page import SCRIPTS, render_html

    on_disk = {entry.name for entry in ASSETS.iterdir() if entry.name.endswith(".js")}
    assert set(SCRIPTS) == on_disk and SCRIPTS[-1] == "map.js"
    page = render_html(MapGraph("alliances", {}, [], {}, []))
    for name in SCRIPTS:
        assert ASSETS.joinpath(name).read_text(encoding="utf-8").strip() in page, name
