"""The nginx configuration that puts the services behind one address: /wms, /ogcapi, /atom (and /consultation).

The same text serves the loopback stack of ``plu serve`` and the tests (everything under one
folder, ``nginx -p FOLDER``) and is the model for ``deploy/nginx/plu-services.conf``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LEGEND_MAP", "NginxSite", "nginx_conf"]


@dataclass(frozen=True)
class NginxSite:
    """Where each service listens, and where nginx keeps its own files."""

    folder: Path
    listen: str
    qgis_sockets: tuple[Path, ...]
    ogcapi_sockets: tuple[Path, ...]
    wms_projects: dict[str, Path]
    consultation: str | None = None


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
            client_max_body_size 256k;
            limit_conn plu_conn 20;
            limit_conn_status 429;
        }}"""
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
    limit_conn_zone $binary_remote_addr zone=plu_conn:10m;
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
        listen {site.listen};
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
