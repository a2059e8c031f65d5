"""Address safety for outgoing fetches (SSRF protection).

The check runs on the address actually connected to: `GuardedBackend` resolves the host
itself, vets every address, and connects to a vetted IP while TLS (SNI, certificate check)
and the Host header keep the original host name. A DNS answer that changes between a
check and the connection (rebinding), or a redirect to an internal host, cannot bypass it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import httpcore

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})
# NAT64 well-known prefix: the low 32 bits are an IPv4 address.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnsafeAddressError(Exception):
    """A connection was refused because of where it would go.

    Deliberately not an `OSError`/httpcore error, so httpx passes it through unchanged and
    the fetcher can tell it from a retryable network failure.
    """


@dataclass(frozen=True, slots=True)
class AllowRule:
    """An exception to the private-address ban: a network, optionally one port only."""

    network: IPNetwork
    port: int | None = None

    def matches(self, addr: IPAddress, port: int) -> bool:
        return addr in self.network and (self.port is None or self.port == port)


def parse_allow_rule(text: str) -> AllowRule:
    """Parse `"127.0.0.1:8080"`, `"[::1]:8080"`, `"10.0.0.0/8"` or `"127.0.0.1"`."""
    text = text.strip()
    port: int | None = None
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest:
            port = int(rest.removeprefix(":"))
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = int(port_text)
    else:
        host = text
    return AllowRule(ipaddress.ip_network(host, strict=False), port)


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one tunnels to, if any (mapped, NAT64, 6to4, Teredo)."""
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr in _NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr.teredo is not None:
        return addr.teredo[1]
    return None


def address_problem(addr: IPAddress) -> str | None:
    """Why `addr` must not be fetched from, or None when it is a public unicast address."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(addr)
        if inner is not None:
            return address_problem(inner)
    checks = (
        (addr.is_unspecified, "unspecified"),
        (addr.is_loopback, "loopback"),
        (addr.is_link_local, "link-local"),
        (addr.is_multicast, "multicast"),
        (addr.is_reserved, "reserved"),
        (addr.is_private, "private"),
        # Catches the rest of the special-purpose blocks (shared 100.64/10, docs ranges, ...).
        (not addr.is_global, "non-global"),
    )
    for flagged, kind in checks:
        if flagged:
            return f"{kind} address {addr}"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses may be connected to."""

    allow_private: bool = False
    allow: tuple[AllowRule, ...] = ()

    def problem(self, addr: IPAddress, port: int) -> str | None:
        if self.allow_private or any(rule.matches(addr, port) for rule in self.allow):
            return None
        return address_problem(addr)


async def resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses of `host` (an IP literal resolves to itself), in resolver order."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[IPAddress, None] = {}
    for _family, _type, _proto, _canon, sockaddr in infos:
        # Drop an IPv6 zone id ("fe80::1%eth0"): the bare address is what gets vetted.
        seen.setdefault(ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0]), None)
    return list(seen)


def vet(
    host: str, port: int, addresses: Sequence[IPAddress], policy: AddressPolicy
) -> list[IPAddress]:
    """The addresses that may be connected to; raises when none may."""
    allowed = [a for a in addresses if policy.problem(a, port) is None]
    if not allowed:
        reasons = "; ".join(filter(None, (policy.problem(a, port) for a in addresses)))
        raise UnsafeAddressError(f"refused to connect to {host}:{port} ({reasons or 'no address'})")
    return allowed


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that only connects to addresses the policy allows."""

    def __init__(
        self, policy: AddressPolicy, inner: httpcore.AsyncNetworkBackend | None = None
    ) -> None:
        self.policy = policy
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await resolve(host, port)
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        last_error: Exception | None = None
        for addr in vet(host, port, addresses, self.policy):
            try:
                # TLS is started later by httpcore with server_hostname=host, so SNI and
                # certificate verification still use the name, not this IP.
                stream = await self._inner.connect_tcp(
                    str(addr), port, timeout, local_address, socket_options
                )
                return _CachedInfoStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                log.debug("connect to %s (%s) port %d failed: %s", host, addr, port, exc)
                last_error = exc
        assert last_error is not None  # vet() returned at least one address
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise UnsafeAddressError(f"refused to connect to unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


# What never changes for one stream; anything else is asked of the stream each time.
_STATIC_INFO = frozenset({"socket", "ssl_object", "client_addr", "server_addr"})


class _CachedInfoStream(httpcore.AsyncNetworkStream):
    """A network stream whose `get_extra_info` answers are cached.

    httpcore's pool asks every idle connection for its socket before each request (to
    check it is still open), and anyio rebuilds a dict of attributes on every such call:
    with a few dozen kept-alive connections that dominated the CPU time of a run of 304s.
    The socket, addresses and SSL object of a stream never change, so one answer each is
    enough."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._info: dict[str, object] = {}

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _CachedInfoStream(tls)

    def get_extra_info(self, info: str) -> object:
        if info not in _STATIC_INFO:  # "is_readable" changes: the server may have hung up
            return self._inner.get_extra_info(info)
        if info not in self._info:
            self._info[info] = self._inner.get_extra_info(info)
        return self._info[info]
