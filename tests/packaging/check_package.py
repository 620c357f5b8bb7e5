#!/usr/bin/env python3
"""Makes the .deb and the portable .tar.gz with CPack and checks what is in them.

    check_package.py --cpack CPACK --config CPackConfig.cmake --version X.Y.Z

In a scratch folder: `cpack -G DEB` and `cpack -G TGZ`, then checks that
- the .deb is named hearth_VERSION_ARCH.deb, its Version is the CMake version, and its
  Depends name every package loaded at run time (plugins, drivers, dictionary, translations,
  font) as well as what dpkg-shlibdeps found;
- the packaged hearth-cli and hearth-office print "NAME VERSION" for --version, and the packaged
  hearth prints its usage for --help offscreen and with no display at all;
- the desktop entry passes desktop-file-validate and the metainfo `appstreamcli validate
  --no-net` (infos and pedantic notes allowed), the metainfo's id names the desktop entry, and
  its newest release is the CMake version;
- every hicolor icon is there: the SVG, and a PNG of each size that really is that size;
- the man pages are there, gzipped, stamped with the version, and name under COMMANDS every
  command that the packaged program's --help lists;
- the copyright file is machine-readable and names GPL-3.0-or-later and OpenMoji's
  CC-BY-SA-4.0 with its text;
- the .tar.gz holds the same files as the .deb's /usr.
Each problem is printed on a line of its own; the exit status is 1 when there is any.
"""
import argparse
import glob
import gzip
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET

# What the programs load at run time, which dpkg-shlibdeps cannot see (packaging/CMakeLists.txt).
RUNTIME_PACKAGES = [
    "qt6-qpa-plugins",
    "libqt6sql6-sqlite",
    "libqt6sql6-psql",
    "libqt6svg6",
    "libqt6pdf6",
    "libqt6pdfwidgets6",
    "libsqlcipher0",
    "libsodium23",
    "hunspell-en-gb",
    "qt6-translations-l10n",
    "fonts-dejavu-core",
]
# Linked, so found by dpkg-shlibdeps: proof that it ran.
SHLIB_PACKAGES = ["libc6", "libqt6core6", "libqt6widgets6", "libhunspell-1.7-0"]
PROGRAMS = ["hearth", "hearth-cli", "hearth-office"]
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256]
TIMEOUT = 60


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, what, detail=""):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}" + (f"\n      {detail}" if detail else ""), flush=True)
        return condition


def run(command, env=None):
    """The command's result; a command that hangs or cannot start is a failed result."""
    timeout = TIMEOUT * 3 if command[0].endswith("cpack") else TIMEOUT
    try:
        return subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, -1, "", f"timed out after {timeout} s")
    except OSError as e:
        return subprocess.CompletedProcess(command, -1, "", f"cannot run {command[0]}: {e}")


def output_of(result):
    return (result.stdout + result.stderr).strip()


def package_names(depends):
    """The package names in a Depends field, without versions or architectures."""
    names = set()
    for alternative in re.split(r"[,|]", depends):
        name = re.sub(r"\(.*?\)|\[.*?\]|:\S+", "", alternative).strip()
        if name:
            names.add(name)
    return names


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def help_commands(help_text):
    """The commands a --help lists: the lines under "Commands:" that start with two spaces
    and a lower-case word (continuation lines are indented further; options start with -)."""
    commands = []
    in_commands = False
    for line in help_text.splitlines():
        if line.strip() == "Commands:":
            in_commands = True
            continue
        if in_commands:
            if not line.strip():
                break
            m = re.match(r"^  ([a-z][a-z0-9-]*)\b", line)
            if m:
                commands.append(m.group(1))
    return commands


def man_text(path):
    """The man page's source with troff's font changes and escaped hyphens undone."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    text = text.replace("\\-", "-")
    return re.sub(r"\\f[BIRP]|\\f\(..", "", text)


def man_section(text, name):
    m = re.search(r"^\.SH \"?" + re.escape(name) + r"\"?\s*$(.*?)(?=^\.SH |\Z)", text,
                  re.MULTILINE | re.DOTALL)
    return m.group(1) if m else ""


def program_env(base, home, display):
    """The environment the packaged programs run in: a scratch home; with display=False no
    display of any kind and no platform chosen, as on a server or over SSH."""
    env = {k: v for k, v in base.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = home
    env["XDG_RUNTIME_DIR"] = os.path.join(home, "runtime")
    env["LC_ALL"] = "C.UTF-8"
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def check_deb(c, args, scratch, arch):
    out = os.path.join(scratch, "deb")
    result = run([args.cpack, "-G", "DEB", "-B", out, "--config", args.config])
    if not c.check(result.returncode == 0, "cpack -G DEB succeeds", output_of(result)):
        return None
    debs = glob.glob(os.path.join(out, "*.deb"))
    if not c.check(len(debs) == 1, "cpack -G DEB makes one .deb", f"found {debs}"):
        return None
    deb = debs[0]
    expected = f"hearth_{args.version}_{arch}.deb"
    c.check(os.path.basename(deb) == expected, "the .deb's name carries the CMake version",
            f"expected {expected}, got {os.path.basename(deb)}")

    fields = {}
    for field in ["Package", "Version", "Architecture", "Maintainer", "Section", "Homepage",
                  "Depends", "Recommends", "Description"]:
        r = run(["dpkg-deb", "-f", deb, field])
        fields[field] = r.stdout.strip()
    c.check(fields["Package"] == "hearth", "Package is hearth", fields["Package"])
    c.check(fields["Version"] == args.version, "Version is the CMake version",
            f"expected {args.version}, got {fields['Version']!r}")
    c.check(fields["Architecture"] == arch, f"Architecture is {arch}", fields["Architecture"])
    c.check(re.match(r"^.+ <[^@\s]+@[^@\s]+>$", fields["Maintainer"]) is not None,
            "Maintainer is a name and an address", fields["Maintainer"])
    c.check(fields["Section"] in ("misc", "utils"), "Section is misc or utils",
            fields["Section"])
    c.check(fields["Homepage"].startswith("https://"), "Homepage is set", fields["Homepage"])
    description = [line.strip() for line in fields["Description"].splitlines()]
    c.check(len(description) > 2 and len(description[0]) <= 80
            and description[1] != description[0],
            "Description has a summary line and an extended description that differ",
            fields["Description"])
    names = [n.strip().split(" ")[0] for n in fields["Depends"].split(",")]
    c.check(len(names) == len(set(names)), "Depends names no package twice",
            f"Depends: {fields['Depends']}")
    c.check("qt6-wayland" in package_names(fields["Recommends"]),
            "Recommends names qt6-wayland (the Wayland platform plugin)",
            f"Recommends: {fields['Recommends']}")
    depends = package_names(fields["Depends"])
    for package in RUNTIME_PACKAGES + SHLIB_PACKAGES:
        c.check(package in depends, f"Depends names {package}", f"Depends: {fields['Depends']}")

    root = os.path.join(scratch, "deb-root")
    r = run(["dpkg-deb", "-x", deb, root])
    if not c.check(r.returncode == 0, "dpkg-deb -x unpacks the .deb", output_of(r)):
        return None
    return root


def check_programs(c, args, root, scratch):
    bindir = os.path.join(root, "usr", "bin")
    home = os.path.join(scratch, "home")
    os.makedirs(os.path.join(home, "runtime"), mode=0o700, exist_ok=True)
    for program in PROGRAMS:
        c.check(os.access(os.path.join(bindir, program), os.X_OK),
                f"/usr/bin/{program} is packaged and executable")

    for display in (True, False):
        how = "offscreen" if display else "with no display"
        env = program_env(os.environ, home, display)
        for program in ("hearth-cli", "hearth-office"):
            r = run([os.path.join(bindir, program), "--version"], env=env)
            c.check(r.returncode == 0 and r.stdout.strip() == f"{program} {args.version}",
                    f"packaged {program} --version prints '{program} {args.version}' ({how})",
                    f"exit {r.returncode}: {output_of(r)}")
        r = run([os.path.join(bindir, "hearth"), "--help"], env=env)
        c.check(r.returncode == 0 and "Usage:" in r.stdout and "--db" in r.stdout,
                f"packaged hearth --help exits 0 and shows the usage ({how})",
                f"exit {r.returncode}: {output_of(r)}")
        r = run([os.path.join(bindir, "hearth"), "--version"], env=env)
        c.check(r.returncode == 0
                and r.stdout.strip().lower() == f"hearth {args.version}",
                f"packaged hearth --version prints 'Hearth {args.version}' ({how})",
                f"exit {r.returncode}: {output_of(r)}")


def validator_problems(text, prefixes):
    return [line for line in text.splitlines() if line.lstrip().startswith(prefixes)]


def check_metadata(c, args, root):
    share = os.path.join(root, "usr", "share")
    desktops = glob.glob(os.path.join(share, "applications", "*.desktop"))
    metainfos = glob.glob(os.path.join(share, "metainfo", "*.metainfo.xml"))
    if not (c.check(len(desktops) == 1, "one desktop entry in /usr/share/applications",
                    f"found {desktops}")
            and c.check(len(metainfos) == 1, "one metainfo file in /usr/share/metainfo",
                        f"found {metainfos}")):
        return None
    desktop, metainfo = desktops[0], metainfos[0]

    r = run(["desktop-file-validate", desktop])
    problems = [p for p in output_of(r).splitlines() if "error:" in p or "warning:" in p]
    c.check(r.returncode == 0 and not problems, "desktop-file-validate passes the desktop entry",
            output_of(r))
    r = run(["appstreamcli", "validate", "--no-net", metainfo])
    problems = validator_problems(r.stdout, ("E:", "W:"))
    c.check(r.returncode == 0 and not problems,
            "appstreamcli validate --no-net passes the metainfo (infos and pedantic notes allowed)",
            output_of(r))

    component = ET.parse(metainfo).getroot()
    app_id = (component.findtext("id") or "").strip()
    c.check(os.path.basename(metainfo) == f"{app_id}.metainfo.xml",
            "the metainfo file is named after its id", f"{metainfo} for id {app_id!r}")
    c.check(os.path.basename(desktop) == f"{app_id}.desktop",
            "the desktop entry is named after the AppStream id",
            f"{os.path.basename(desktop)} for id {app_id!r}")
    launchable = component.findtext("launchable") or ""
    c.check(launchable.strip() == os.path.basename(desktop),
            "the metainfo's launchable is the desktop entry", launchable)
    c.check(component.findtext("metadata_license") == "CC0-1.0", "metadata_license is CC0-1.0")
    c.check(component.findtext("project_license") == "GPL-3.0-or-later",
            "project_license is GPL-3.0-or-later")
    releases = component.findall("releases/release")
    newest = releases[0].get("version") if releases else None
    c.check(newest == args.version, "the metainfo's newest release is the CMake version",
            f"expected {args.version}, got {newest}")
    c.check(bool(releases) and releases[0].find("description") is not None,
            "the release has a description")
    screenshots = component.findall("screenshots/screenshot")
    c.check(len(screenshots) > 0, "the metainfo has screenshots")
    for shot in screenshots:
        image = (shot.findtext("image") or "").strip()
        c.check(image.startswith("https://") and image.endswith(".png")
                and bool((shot.findtext("caption") or "").strip()),
                "each screenshot has an https:// PNG image and a caption", image)

    entry = {}
    with open(desktop, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.rstrip("\n").split("=", 1)
                entry.setdefault(key, value)
    c.check(entry.get("Exec", "").split(" ")[0] in PROGRAMS,
            "the desktop entry runs a packaged program", entry.get("Exec", ""))
    return entry.get("Icon", "")


def check_icons(c, root, icon):
    hicolor = os.path.join(root, "usr", "share", "icons", "hicolor")
    if not c.check(bool(icon) and "/" not in icon, "the desktop entry names a theme icon", icon):
        return
    svg = os.path.join(hicolor, "scalable", "apps", f"{icon}.svg")
    if c.check(os.path.isfile(svg), f"the scalable icon {svg} is packaged"):
        try:
            tag = ET.parse(svg).getroot().tag
        except ET.ParseError as e:
            tag = str(e)
        c.check(tag == "{http://www.w3.org/2000/svg}svg", "the scalable icon is an SVG", tag)
    for size in ICON_SIZES:
        png = os.path.join(hicolor, f"{size}x{size}", "apps", f"{icon}.png")
        if c.check(os.path.isfile(png), f"the {size}x{size} icon is packaged", png):
            actual = png_size(png)
            c.check(actual == (size, size), f"the {size}x{size} icon is a {size}x{size} PNG",
                    f"{png}: {actual or 'not a PNG'}")


def check_man_pages(c, args, root, scratch):
    man1 = os.path.join(root, "usr", "share", "man", "man1")
    env = program_env(os.environ, os.path.join(scratch, "home"), True)
    for program in PROGRAMS:
        page = os.path.join(man1, f"{program}.1.gz")
        if not c.check(os.path.isfile(page), f"the man page {program}(1) is packaged gzipped",
                       page):
            continue
        try:
            text = man_text(page)
        except (OSError, EOFError, UnicodeDecodeError) as e:
            c.check(False, f"{page} is gzipped UTF-8 troff", str(e))
            continue
        th = next((line for line in text.splitlines() if line.startswith(".TH ")), "")
        c.check(args.version in th, f"{program}(1) is stamped with the version", th)
        if program == "hearth":
            continue
        r = run([os.path.join(root, "usr", "bin", program), "--help"], env=env)
        commands = help_commands(r.stdout)
        if not c.check(len(commands) > 3, f"{program} --help lists its commands",
                       output_of(r)):
            continue
        section = man_section(text, "COMMANDS")
        for command in commands:
            # An entry of its own: a line that starts with the command in bold.
            entry = r"^\.(?:B|BR|BI|SS)\s+\"?" + re.escape(command) + r"(?![\w-])"
            c.check(re.search(entry, section, re.MULTILINE) is not None,
                    f"{program}(1) describes the command '{command}' under COMMANDS",
                    f"{program} --help lists it; add it to packaging/man/{program}.1.in")


def check_copyright(c, root):
    doc = os.path.join(root, "usr", "share", "doc", "hearth")
    path = os.path.join(doc, "copyright")
    if not c.check(os.path.isfile(path), "/usr/share/doc/hearth/copyright is packaged"):
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    c.check(text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
        "the copyright file is in Debian's machine-readable format", text[:100])
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    files = [p for p in paragraphs if p.startswith("Files:")]
    standalone = {p.splitlines()[0].split(":", 1)[1].strip(): p for p in paragraphs
                  if p.startswith("License:")}
    for p in files:
        c.check("\nCopyright:" in p and "\nLicense:" in p,
                "each Files paragraph has Copyright and License", p.splitlines()[0])
        m = re.search(r"^License: *(\S+) *$", p, re.MULTILINE)
        if m:
            c.check(m.group(1) in standalone,
                    f"the licence {m.group(1)} has a License paragraph of its own")
    c.check(re.search(r"^Files: \*$(.*?)^License: GPL-3\.0-or-later$", text,
                      re.MULTILINE | re.DOTALL) is not None,
            "the copyright file gives Hearth as GPL-3.0-or-later")
    c.check("/usr/share/common-licenses/GPL-3" in standalone.get("GPL-3.0-or-later", ""),
            "the GPL-3.0-or-later paragraph points to the licence text")
    c.check(re.search(r"^Files: resources/easyread/openmoji/\*$(.*?)^License: CC-BY-SA-4\.0$",
                      text, re.MULTILINE | re.DOTALL) is not None and "OpenMoji" in text,
            "the copyright file gives the OpenMoji pictures as CC-BY-SA-4.0")
    cc = standalone.get("CC-BY-SA-4.0", "")
    c.check("Attribution-ShareAlike 4.0 International" in cc and len(cc) > 10000,
            "the CC-BY-SA-4.0 paragraph has the licence's full text", f"{len(cc)} characters")
    c.check(os.path.isfile(os.path.join(doc, "openmoji", "LICENSE.txt")),
            "OpenMoji's LICENSE.txt is packaged beside the copyright file")


def check_tgz(c, args, scratch, deb_root):
    out = os.path.join(scratch, "tgz")
    result = run([args.cpack, "-G", "TGZ", "-B", out, "--config", args.config])
    if not c.check(result.returncode == 0, "cpack -G TGZ succeeds", output_of(result)):
        return
    archives = glob.glob(os.path.join(out, "*.tar.gz"))
    if not c.check(len(archives) == 1, "cpack -G TGZ makes one .tar.gz", f"found {archives}"):
        return
    archive = archives[0]
    c.check(args.version in os.path.basename(archive), "the .tar.gz's name carries the version",
            os.path.basename(archive))
    with tarfile.open(archive) as tar:
        members = [m.name for m in tar.getmembers() if m.isfile()]
    tops = {name.split("/", 1)[0] for name in members}
    if not c.check(len(tops) == 1, "the .tar.gz has one top-level folder", str(sorted(tops))):
        return
    inside = {name.split("/", 1)[1] for name in members if "/" in name}
    for program in PROGRAMS:
        c.check(f"bin/{program}" in inside, f"the .tar.gz holds bin/{program}")
    if deb_root:
        usr = os.path.join(deb_root, "usr")
        in_deb = {os.path.relpath(os.path.join(d, f), usr)
                  for d, _, names in os.walk(usr) for f in names}
        c.check(inside == in_deb, "the .tar.gz holds the same files as the .deb's /usr",
                f"only in the .tar.gz: {sorted(inside - in_deb)}; "
                f"only in the .deb: {sorted(in_deb - inside)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--config", required=True, help="the build's CPackConfig.cmake")
    parser.add_argument("--version", required=True, help="PROJECT_VERSION from CMake")
    args = parser.parse_args()

    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    c = Checks()
    with tempfile.TemporaryDirectory(prefix="hearth-packaging-") as scratch:
        root = check_deb(c, args, scratch, arch)
        if root:
            check_programs(c, args, root, scratch)
            icon = check_metadata(c, args, root)
            if icon is not None:
                check_icons(c, root, icon)
            check_man_pages(c, args, root, scratch)
            check_copyright(c, root)
        check_tgz(c, args, scratch, root)
    print(f"packaging: {c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
