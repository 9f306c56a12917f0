"""Command line of the web app: ``python app.py [--host H] [--port P] [--auth user:password] [--debug]``.

==========================  ============================================  ==============
option / variable           meaning                                       default
==========================  ============================================  ==============
``--host`` ASSISTANT_HOST   address to bind                               ``127.0.0.1``
``--port`` ASSISTANT_PORT   port                                          ``7860``
``--auth`` ASSISTANT_AUTH   login ``user:password``                       (no login)
``--concurrency``           answers computed at once (queue)              ``4``
ASSISTANT_CONCURRENCY
``--debug`` ASSISTANT_DEBUG log question texts (off: no question logged)  off
==========================  ============================================  ==============

Binding a non-loopback address without a login prints a warning (:func:`exposure_warning`).
No extra files are served (``allowed_paths`` is empty).
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def is_loopback(host: str) -> bool:
    host = (host or "").strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, auth) -> str | None:
    """The warning to print when the app is reachable from other machines without a login."""
    if is_loopback(host) or auth:
        return None
    return (f"警告：服务绑定在 {host}，其他机器可以访问，但没有设置登录。"
            f"请用 --auth 用户名:密码（或环境变量 ASSISTANT_AUTH）设置登录，或改为 --host 127.0.0.1。")


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` → ``("user", "password")``; empty → ``None``; malformed → ``ValueError``."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ValueError("登录信息格式应为 用户名:密码")
    return user, password


def parse_args(argv=None) -> argparse.Namespace:
    env = os.environ
    p = argparse.ArgumentParser(prog="app.py", description="辅警法规助手 网页版")
    p.add_argument("--host", default=env.get("ASSISTANT_HOST") or "127.0.0.1", help="绑定地址（默认 127.0.0.1）")
    p.add_argument("--port", type=int, default=int(env.get("ASSISTANT_PORT") or 7860), help="端口（默认 7860）")
    p.add_argument("--auth", default=env.get("ASSISTANT_AUTH") or None, help="登录 用户名:密码")
    p.add_argument("--concurrency", type=int, default=int(env.get("ASSISTANT_CONCURRENCY") or 0) or None,
                   help="同时计算的回答数（默认 4）")
    p.add_argument("--debug", action="store_true",
                   default=env.get("ASSISTANT_DEBUG", "").lower() in ("1", "true", "yes"),
                   help="日志中记录问题原文（默认不记录）")
    return p.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    try:
        auth = parse_auth(args.auth)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        raise SystemExit(2) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.debug:
        os.environ["ASSISTANT_DEBUG"] = "1"
    warning = exposure_warning(args.host, auth)
    if warning:
        print(warning, file=sys.stderr)

    from .build import DEFAULT_CONCURRENCY, build_app
    from .state import get_assistant
    from .style import CSS, theme

    print("正在加载法规索引…", file=sys.stderr)
    start = time.perf_counter()
    # open and warm the index before serving (the duty phrase vectors, the tokenizer, the vector
    # store, one question of each kind), so the first question does not wait
    get_assistant().warm()
    print(f"索引已就绪（{time.perf_counter() - start:.1f} 秒）", file=sys.stderr)
    demo = build_app(concurrency=args.concurrency or DEFAULT_CONCURRENCY)
    demo.launch(server_name=args.host, server_port=args.port, auth=auth, auth_message="请登录辅警法规助手",
                allowed_paths=[], show_error=False, css=CSS, theme=theme(), footer_links=["api"], ssr_mode=False,
                favicon_path=None, quiet=False)
