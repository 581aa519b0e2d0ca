"""Two webhook replicas behind a round-robin load balancer, as in deploy/k8s: consecutive messages
of one chat are handled by different replicas. Sharing one redis-server, they answer as one bot
(follow-ups, the flood limit, /source); with in-process state the same conversation loses its
thread, which shows that the test can tell the two apart."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager

import aiohttp
import pytest
from aiohttp import web
from bot_helpers import TOKEN, ask

from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.settings import load_settings
from jadbot.telegram.app import build_application
from jadbot.telegram.run import running
from jadbot.telegram.services import Services, shared_state
from jadbot.telegram.webhook import SECRET_HEADER, serving_webhook
from tests.redis_server import RedisProcess, free_port

SECRET = "replicas_Secret-123"
PATH = "/telegram/hook"
TOTAL = "what is the total of the two?"


class Balancer:
    """Forwards each webhook POST to the next replica in turn and records which one took it."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.next = itertools.cycle(range(len(ports)))
        self.handled_by: list[int] = []

    async def forward(self, request: web.Request) -> web.Response:
        replica = next(self.next)
        self.handled_by.append(replica)
        headers = {SECRET_HEADER: request.headers.get(SECRET_HEADER, "")}
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"http://127.0.0.1:{self.ports[replica]}{PATH}",
                data=await request.read(),
                headers={**headers, "Content-Type": "application/json"},
            ) as response,
        ):
            return web.Response(status=response.status, text=await response.text())


@asynccontextmanager
async def replicas(
    server: LocalBotApi, make: Callable[[], Services], count: int = 2
) -> AsyncIterator[Balancer]:
    """`count` Applications, each with its own Services and webhook server, behind one Balancer."""
    balancer = Balancer([free_port() for _ in range(count)])
    front = web.AppRunner(web.Application(), access_log=None)
    front.app.router.add_post(PATH, balancer.forward)
    await front.setup()
    front_port = free_port()
    await web.TCPSite(front, "127.0.0.1", front_port).start()
    async with AsyncExitStack() as stack:
        stack.push_async_callback(front.cleanup)
        for port in balancer.ports:
            services = make()
            stack.push_async_callback(services.close)
            settings = load_settings(
                None,
                TELEGRAM_BOT_TOKEN=TOKEN,
                JADBOT_WEBHOOK_URL=f"http://127.0.0.1:{front_port}{PATH}",
                JADBOT_WEBHOOK_SECRET=SECRET,
                JADBOT_LISTEN="127.0.0.1",
                JADBOT_PORT=port,
            )
            app = build_application(services, TOKEN, server.bot_base_url)
            await stack.enter_async_context(running(app, polling=False))
            await stack.enter_async_context(serving_webhook(app, settings))
        yield balancer


@pytest.fixture
def redis_services(
    redis_server: RedisProcess, make_services: Callable[..., Services]
) -> Callable[..., Callable[[], Services]]:
    """A factory of per-replica Services whose state is in the one redis-server."""

    def factory(rate: float = 100.0, burst: int = 100) -> Callable[[], Services]:
        def make() -> Services:
            state = shared_state(redis_server.url, rate, burst)
            return make_services(
                flood=state.flood,
                last_sources=state.last_sources,
                conversations=state.conversations,
                redis=state.redis,
            )

        return make

    return factory


async def conversation(client: LocalChatClient, chat: int) -> list[str]:
    return [
        (await ask(client, chat, text))["text"]
        for text in ("how much cocaine was seized?", "and cannabis?", TOTAL)
    ]


async def test_a_follow_up_resolves_on_another_replica_through_redis(
    server: LocalBotApi, client: LocalChatClient, redis_services: Callable[..., Callable[[], Services]]
) -> None:
    async with replicas(server, redis_services()) as balancer:
        first, second, third = await conversation(client, 1001)
        assert balancer.handled_by == [0, 1, 0]  # each turn on the other replica than the one before
        assert "626 kg" in first and "300 kg" in second and "926 kg together" in third
        other = await ask(client, 1002, TOTAL)  # another chat, on replica 1: nothing to refer to
        assert "926" not in other["text"]


async def test_in_process_state_loses_the_thread_across_replicas(
    server: LocalBotApi, client: LocalChatClient, make_services: Callable[..., Services]
) -> None:
    """The control: the same conversation with each replica's own memory does not resolve."""
    async with replicas(server, make_services) as balancer:
        *_, third = await conversation(client, 1001)
        assert balancer.handled_by == [0, 1, 0]
        assert "926 kg together" not in third  # replica 0 remembers only its own turn, the cocaine


async def test_flood_limit_and_source_hold_across_replicas(
    server: LocalBotApi, client: LocalChatClient, redis_services: Callable[..., Callable[[], Services]]
) -> None:
    async with replicas(server, redis_services(rate=0.001, burst=3)) as balancer:
        assert "626" in (await ask(client, 1001, "how much coke"))["text"]  # replica 0
        source = await ask(client, 1001, "/source")  # replica 1 explains replica 0's answer
        assert "626 kilos of cocaine" in source["text"]
        assert "626" in (await ask(client, 1001, "how much coke"))["text"]  # the third of 3
        warned = await ask(client, 1001, "how much coke")  # replica 1: over the shared limit
        assert "faster than I can answer" in warned["text"]
        assert balancer.handled_by == [0, 1, 0, 1]
