#!/usr/bin/env python3
"""Turns Natural Earth 110m land (world-atlas's land-110m.json, TopoJSON) into the compact SVG
path the teaching player draws: equirectangular, 2 units per degree (x = 2*(lon+180),
y = 2*(84-lat), a 720x280 box from 84 N to 56 S; Antarctica dropped; rings across the
antimeridian unwrapped and drawn at both edges), whole units, relative
moves, and points closer than one unit to the last kept one dropped.

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python3 tools/player-land/land_path.py package/land-110m.json > Reports/GeoSim.Reports/Player/land-110m.path
"""
import json
import sys

NORTH = 84
SOUTH = -56
SCALE = 2


def arcs_of(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points):
    """Longitudes made continuous, so a ring across the antimeridian has no jump of 360 degrees."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lon, lat))
    return out


def copies(points):
    """A ring that runs past the antimeridian is drawn again shifted by 360 degrees, so both edges show it."""
    lons = [lon for lon, _ in points]
    yield points
    if min(lons) < -180:
        yield [(lon + 360, lat) for lon, lat in points]
    if max(lons) > 180:
        yield [(lon - 360, lat) for lon, lat in points]


def project(lon, lat):
    return round(SCALE * (lon + 180)), round(SCALE * (NORTH - min(lat, NORTH)))


def path_of(points):
    projected = [project(lon, lat) for lon, lat in points]
    kept = [projected[0]]
    for p in projected[1:]:
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= 1:
            kept.append(p)
    if len(kept) < 3:
        return ""
    parts = [f"M{kept[0][0]} {kept[0][1]}"]
    steps = []
    for a, b in zip(kept, kept[1:]):
        steps.append(f"{b[0] - a[0]} {b[1] - a[1]}".replace(" -", "-"))
    return parts[0] + "l" + " ".join(steps).replace(" -", "-") + "z"


def main(path):
    topo = json.load(open(path))
    arcs = arcs_of(topo)
    geometry = topo["objects"]["land"]["geometries"][0]
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    out = []
    for polygon in polygons:
        for indexes in polygon:
            points = ring(arcs, indexes)
            if max(lat for _, lat in points) < SOUTH:
                continue
            for copy in copies(unwrapped(points)):
                out.append(path_of(copy))
    sys.stdout.write("".join(p for p in out if p) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
