"""The nginx configuration that puts the services behind one address: /wms, /ogcapi, /atom (and /consultation).

The same text serves the loopback stack of ``plu serve`` and the tests (everything under one
folder, ``nginx -p FOLDER``) and is the model for ``deploy/nginx/plu-services.conf``.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from participation.service.comments import BODY_LIMIT
from participation.service.security import SECURITY_HEADERS, too_large_body

__all__ = ["CLIENT_MAP", "LEGEND_MAP", "NginxSite", "consultation_guards", "indented", "ipv6_available",
           "listen_lines", "nginx_conf", "nginx_size", "too_large_location"]


def ipv6_available() -> bool:
    """Whether this machine has IPv6 (its loopback ``::1`` can be bound): nginx fails to start on ``[::]`` without."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@dataclass(frozen=True)
class NginxSite:
    """Where each service listens, and where nginx keeps its own files.

    ``listen`` is ``HOST:PORT`` (or ``PORT``); with ``ipv6`` the same server also listens
    on the IPv6 address of the same reach (:func:`listen_lines`).
    """

    folder: Path
    listen: str
    qgis_sockets: tuple[Path, ...]
    ogcapi_sockets: tuple[Path, ...]
    wms_projects: dict[str, Path]
    consultation: str | None = None
    ipv6: bool = field(default_factory=ipv6_available)


#: An IPv4 address and the IPv6 one that reaches the same clients: every address, or this machine only.
_SAME_REACH = {"": "[::]", "*": "[::]", "0.0.0.0": "[::]", "127.0.0.1": "[::1]"}


def listen_lines(listen: str, ipv6: bool) -> list[str]:
    """nginx's ``listen`` lines for ``HOST:PORT``: a public (or loopback) IPv4 server gets its IPv6 twin.

    An IPv6 client of a public server otherwise finds nothing on the name's AAAA record. A specific
    IPv4 address has no known twin and an IPv6 address is taken as given.
    """
    host, _, port = listen.rpartition(":")
    lines = [f"listen {port if host in ('', '*', '0.0.0.0') else listen};"]
    twin = _SAME_REACH.get(host)
    if ipv6 and twin:
        lines.append(f"listen {twin}:{port};")
    return lines


def nginx_size(size: int) -> str:
    """A byte count as nginx writes sizes (``248k``), exact."""
    return f"{size // 1024}k" if size % 1024 == 0 else str(size)


def _quoted(text: str, quote: str) -> str:
    """``text`` as an nginx string in ``quote``; a ``$`` would be read as a variable, so none may be in it."""
    if "$" in text:
        raise ValueError(f"nginx would read a variable in {text!r}")
    escaped = text.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n")
    return f"{quote}{escaped}{quote}"


def _header_lines(extra: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The service's security headers on nginx's own answers (a 413, a 429, a 502), never twice on the service's."""
    hidden = [f"proxy_hide_header {name};" for name, _ in SECURITY_HEADERS]
    return hidden + [f"add_header {name} {_quoted(value, chr(34))} always;" for name, value in SECURITY_HEADERS + extra]


def consultation_guards(indent: str, extra_headers: tuple[tuple[str, str], ...] = ()) -> str:
    """The comment service's limits at nginx: its body limit (answered as the service answers) and its headers.

    ``client_max_body_size`` is :data:`~participation.service.comments.BODY_LIMIT` itself: nginx
    counts the body without its chunked framing, as the application does, so no margin is needed.
    """
    lines = [f"client_max_body_size {nginx_size(BODY_LIMIT)};", "error_page 413 @plu_too_large;", *_header_lines(extra_headers)]
    return "".join(f"{indent}{line}\n" for line in lines)


def too_large_location(indent: str, extra_headers: tuple[tuple[str, str], ...] = ()) -> str:
    """The named location (at server level) that answers a body over the limit with the service's own JSON."""
    inner = indent + "    "
    lines = ["default_type application/json;",
             *[f"add_header {name} {_quoted(value, chr(34))} always;" for name, value in SECURITY_HEADERS + extra_headers],
             f"return 413 {_quoted(too_large_body(BODY_LIMIT), chr(39))};"]
    return f"{indent}location @plu_too_large {{\n" + "".join(f"{inner}{line}\n" for line in lines) + f"{indent}}}\n"


def _user_line() -> str:
    """Run as root, the workers must still reach sockets in a private folder: keep them as that user."""
    if os.geteuid() != 0:
        return ""
    return "user root;\n"


def nginx_conf(site: NginxSite) -> str:
    """A complete nginx.conf (no include of the system's files, so it runs unprivileged on a high port)."""
    f = site.folder
    bg, en = site.wms_projects["bg"], site.wms_projects["en"]
    servers = " ".join(f"server unix:{s};" for s in site.ogcapi_sockets)
    qgis_servers = " ".join(f"server unix:{s};" for s in site.qgis_sockets)
    listen = "\n".join(f"        {line}" for line in listen_lines(site.listen, site.ipv6))
    consultation = ""
    if site.consultation:
        consultation = f"""
        # the comment service's protections (deploy/nginx/consultation.conf, docs/deploy.md)
        location /consultation/ {{
            proxy_pass http://{site.consultation}/;
            proxy_set_header Host $host;
            # replace, never append: a client cannot slip in an address of its choosing
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $host;
            proxy_request_buffering on;
            proxy_connect_timeout 5s;
            proxy_read_timeout 30s;
            limit_conn plu_conn 20;
            limit_conn_status 429;
            # the service's body limit, its answer to a larger body, its headers on nginx's own answers
{consultation_guards(" " * 12)}        }}
{too_large_location(" " * 8).rstrip()}"""
    return f"""# written by PLU Studio (services/nginx_conf.py); docs/deploy.md explains each part
{_user_line()}worker_processes 2;
pid {f}/nginx.pid;
error_log {f}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    default_type application/octet-stream;
    types {{
        text/html html; application/xml xml; application/atom+xml atom; application/gml+xml gml;
        application/opensearchdescription+xml osdd;
    }}
    access_log {f}/logs/access.log;
{indented(CLIENT_MAP, "    ")}
    client_header_timeout 10s;
    client_body_timeout 10s;
    send_timeout 30s;
    client_body_temp_path {f}/tmp/body;
    fastcgi_temp_path {f}/tmp/fastcgi;
    proxy_temp_path {f}/tmp/proxy;
    uwsgi_temp_path {f}/tmp/uwsgi;
    scgi_temp_path {f}/tmp/scgi;
    sendfile on;
    keepalive_timeout 30;
    gzip on;
    gzip_types application/json application/geo+json application/xml text/xml application/atom+xml
               application/gml+xml;
    # one QGIS project per language; INSPIRE clients ask with LANGUAGE=bul|eng
    map $arg_language $plu_wms_project {{
        ~*^(en|eng)$ {en};
        default {bg};
    }}
    # a legend of the classes in use: QGIS Server's GetLegendGraphic lists every class of the style,
    # unless it is given a BBOX, then only those drawn there; one without a BBOX gets the whole world
{LEGEND_MAP}
    # no keepalive to QGIS Server: each FastCGI process serves one connection at a time, so a kept
    # connection held idle by one nginx worker would block the others
    # least_conn: a request goes to a process that is not drawing, not to the next in turn
    upstream plu_qgis {{ least_conn; {qgis_servers} }}
    upstream plu_ogcapi {{ {servers} keepalive 64; }}
    server {{
{listen}
        server_name _;
        location = /wms {{
            set $args $args$plu_legend_extent;
            fastcgi_pass plu_qgis;
            include {f}/fastcgi_params;
            fastcgi_param QGIS_PROJECT_FILE $plu_wms_project;
            fastcgi_read_timeout 60s;
            add_header Cache-Control "public, max-age=300" always;
        }}
        location /ogcapi/ {{
            proxy_pass http://plu_ogcapi/;
            proxy_http_version 1.1;
            # a page of 100 zones is ~200 KB of GeoJSON: held in memory, not spilled to a temporary file
            proxy_buffers 64 8k;
            proxy_busy_buffers_size 64k;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            add_header Cache-Control "public, max-age=60" always;
        }}
        location = /ogcapi {{ return 301 /ogcapi/; }}
        location /atom/ {{
            proxy_pass http://plu_ogcapi/atom/;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            add_header Cache-Control "public, max-age=300" always;
        }}{consultation}
    }}
}}
"""


#: Whom nginx's per-client connection limit counts: an IPv4 address, or an IPv6 address by its /64, the share a home
#: or phone line is given and picks addresses in at will (the service's rate limits count the same,
#: ``participation.service.ratelimit.client_address``); counted one by one, a /64 could open connections without
#: end.  nginx writes an IPv6 address with its longest run of two or more zero groups as ``::`` (RFC 5952), so the
#: /64 is the first four groups when all are written, else the groups before ``::``, the zeros it stands for and,
#: when the run is shorter than what is left of the four, the groups after it.
CLIENT_MAP = r"""map $remote_addr $plu_client {
    "~^::ffff:(?<v4>[0-9.]+)$"                                  $v4;
    "~^(?<net>[0-9a-f]+:[0-9a-f]+:[0-9a-f]+:[0-9a-f]+):"        $net;
    "~^(?<net>[0-9a-f]+:[0-9a-f]+:[0-9a-f]+)::"                 $net:0;
    "~^(?<net>[0-9a-f]+:[0-9a-f]+)::"                           $net:0:0;
    "~^(?<net>[0-9a-f]+)::(?<next>[0-9a-f]+)(:[0-9a-f]+){4}$"   $net:0:0:$next;
    "~^(?<net>[0-9a-f]+)::"                                     $net:0:0:0;
    "~^::(?<next>[0-9a-f]+:[0-9a-f]+)(:[0-9a-f]+){4}$"          0:0:$next;
    "~^::(?<next>[0-9a-f]+)(:[0-9a-f]+){4}$"                    0:0:0:$next;
    "~^::"                                                      0:0:0:0;
    default                                                     $binary_remote_addr;
}
limit_conn_zone $plu_client zone=plu_conn:10m;"""


def indented(text: str, indent: str) -> str:
    """``text`` with every line indented (nginx blocks nest)."""
    return "\n".join(indent + line for line in text.splitlines())


#: GetLegendGraphic without BBOX → with the whole world (CRS:84 is lon/lat in any WMS version)
LEGEND_MAP = """    map "$arg_request:$arg_bbox" $plu_legend_extent {
        ~*^getlegendgraphic:$ "&BBOX=-180,-90,180,90&CRS=CRS:84&SRS=CRS:84&SRCWIDTH=1024&SRCHEIGHT=512";
        default "";
    }"""


FASTCGI_PARAMS = """fastcgi_param QUERY_STRING $query_string;
fastcgi_param REQUEST_METHOD $request_method;
fastcgi_param CONTENT_TYPE $content_type;
fastcgi_param CONTENT_LENGTH $content_length;
fastcgi_param SCRIPT_NAME $fastcgi_script_name;
fastcgi_param REQUEST_URI $request_uri;
fastcgi_param DOCUMENT_URI $document_uri;
fastcgi_param SERVER_PROTOCOL $server_protocol;
fastcgi_param REQUEST_SCHEME $scheme;
fastcgi_param HTTPS $https if_not_empty;
fastcgi_param REMOTE_ADDR $remote_addr;
fastcgi_param REMOTE_PORT $remote_port;
fastcgi_param SERVER_ADDR $server_addr;
fastcgi_param SERVER_PORT $server_port;
fastcgi_param SERVER_NAME $host;
"""
