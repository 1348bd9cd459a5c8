"""The model config file, per-role models, rate limits and usage counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synthcomp.errors import InputError, ModelError
from synthcomp.models import load_chat_model
from synthcomp.models.context import ModelContext
from synthcomp.models.ratelimit import Limiter, limiter_for
from synthcomp.models.settings import EndpointLimits, ModelConfig, ModelSettings, load_model_config
from synthcomp.models.usage import Usage, describe_usage
from synthcomp.runs.context import SimulationContext

TOML = """
[roles]
default = "openai:gpt-4o-mini"
collaborator = "offline"

[models."openai:gpt-4o-mini"]
base_url = "http://127.0.0.1:9/v1"
timeout = 5
structured_output = "function_calling"

[models."openai:house"]
input_price = 1.0
output_price = 4.0

[endpoints."http://127.0.0.1:9/v1"]
rpm = 30

[retry]
attempts = 2
"""


def test_toml_yaml_and_json_configs_say_the_same(tmp_path: Path) -> None:
    toml = tmp_path / "models.toml"
    toml.write_text(TOML)
    config = load_model_config(toml)
    yaml_file = tmp_path / "models.yaml"
    yaml_file.write_text("roles:\n  default: openai:gpt-4o-mini\n  collaborator: offline\n")
    json_file = tmp_path / "models.json"
    json_file.write_text(json.dumps({"roles": {"default": "openai:gpt-4o-mini", "collaborator": "offline"}}))
    for other in (load_model_config(yaml_file), load_model_config(json_file)):
        assert other.roles == config.roles
    assert config.model_for("user") == "openai:gpt-4o-mini"
    assert config.model_for("collaborator") == "offline"
    assert config.endpoint_of("openai:gpt-4o-mini") == "http://127.0.0.1:9/v1"
    assert config.limits_for("http://127.0.0.1:9/v1").rpm == 30
    assert config.retry.attempts == 2
    assert config.prices_for("openai:house") == (1.0, 4.0)
    assert config.prices_for("openai:gpt-4o-mini") == (0.15, 0.6)  # known price
    assert config.prices_for("openai:unheard-of") is None
    # The command line wins over the file.
    assert config.with_roles(user="offline").model_for("user") == "offline"


@pytest.mark.parametrize(("name", "text", "message"), [
    ("m.toml", "[roles\n", "not valid TOML"),
    ("m.yaml", "roles: [unclosed\n", "not valid YAML"),
    ("m.toml", "[roles]\nplanner = 3\n", "roles.planner"),
    ("m.toml", "[retry]\natempts = 3\n", "retry.atempts: Extra inputs are not permitted"),
    ("m.ini", "", "must end in .toml"),
])
def test_bad_config_files_get_one_clear_error(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        load_model_config(path)


def test_missing_config_file_and_unknown_role(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read config"):
        load_model_config(tmp_path / "nope.toml")
    with pytest.raises(InputError, match="unknown role"):
        load_model_config(None).with_roles(janitor="offline")


def test_api_key_comes_from_the_named_variable_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOUSE_KEY", raising=False)
    with pytest.raises(ModelError, match="HOUSE_KEY"):
        load_chat_model("openai:house", settings=ModelSettings(api_key_env="HOUSE_KEY"))
    monkeypatch.setenv("HOUSE_KEY", "sk-house")
    chat = load_chat_model("openai:house", seed=4, settings=ModelSettings(
        api_key_env="HOUSE_KEY", base_url="http://127.0.0.1:9/v1", timeout=7, streaming=True))
    assert chat.openai_api_key.get_secret_value() == "sk-house"  # type: ignore[attr-defined]
    assert chat.openai_api_base == "http://127.0.0.1:9/v1"  # type: ignore[attr-defined]
    assert (chat.request_timeout, chat.max_retries, chat.seed, chat.streaming) == (7, 0, 4, True)  # type: ignore[attr-defined]


def _fake_time() -> tuple[list[float], dict[str, object]]:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    return waits, {"clock": lambda: now[0], "sleep": sleep}


def test_requests_per_minute_allow_a_minute_at_once_then_one_a_second() -> None:
    waits, timing = _fake_time()
    limiter = Limiter(EndpointLimits(rpm=60), **timing)  # type: ignore[arg-type]
    for _ in range(60):
        limiter.acquire(10)
    assert waits == []
    limiter.acquire(10)
    limiter.acquire(10)
    assert waits == [pytest.approx(1.0), pytest.approx(1.0)]


def test_tokens_per_minute_wait_for_the_tokens_and_settle_to_the_real_count() -> None:
    waits, timing = _fake_time()
    limiter = Limiter(EndpointLimits(tpm=6000), **timing)  # type: ignore[arg-type]
    limiter.acquire(5000)
    assert waits == []
    limiter.acquire(3000)  # 2,000 tokens short at 100 tokens a second
    assert waits == [pytest.approx(20.0)]
    limiter.settle(estimated=3000, actual=100)  # the call used far less: its debt comes back
    limiter.acquire(2500)
    assert len(waits) == 1


def test_limits_are_shared_per_endpoint_by_every_run_in_the_process() -> None:
    limits = EndpointLimits(rpm=100)
    assert limiter_for("http://shared.test/v1", limits) is limiter_for("http://shared.test/v1", limits)
    assert limiter_for("http://other.test/v1", EndpointLimits()) is None
    config = load_model_config(None).model_copy(update={
        "endpoints": {"http://shared.test/v1": limits},
        "models": {"openai:a": ModelSettings(base_url="http://shared.test/v1"),
                   "openai:b": ModelSettings(base_url="http://shared.test/v1")}})
    one = SimulationContext(model="openai:a", config=config, run_dir="r1")
    two = SimulationContext(model="openai:b", config=config, run_dir="r2")
    assert one.calls().guard().limiter is two.calls().guard().limiter is not None


def test_usage_counts_per_role_cost_and_resume(tmp_path: Path) -> None:
    prices = {"openai:gpt-4o-mini": (0.15, 0.6)}
    usage = Usage(prices.get, path=tmp_path / "usage.json")
    usage.add("user", "openai:gpt-4o-mini", {"input_tokens": 1_000_000, "output_tokens": 100_000})
    usage.add("collaborator", "openai:house", {"input_tokens": 10, "output_tokens": 5})
    usage.add_retry("user", "openai:gpt-4o-mini")
    usage.save()
    saved = usage.to_dict()
    assert saved["roles"]["user"] == {"model": "openai:gpt-4o-mini", "calls": 1,
                                      "input_tokens": 1_000_000, "output_tokens": 100_000,
                                      "retries": 1, "cost_usd": 0.21}
    assert saved["roles"]["collaborator"]["cost_usd"] is None
    assert saved["total"]["cost_usd"] is None and saved["total"]["calls"] == 2
    lines = describe_usage(saved)
    assert lines[-1].startswith("total") and "cost unknown" in lines[-1]
    assert lines[0].startswith("collaborator (openai:house): 1 call, ") and "2 calls," in lines[-1]
    # A resumed run adds to what the file holds.
    again = Usage(prices.get, path=tmp_path / "usage.json")
    again.add("user", "openai:gpt-4o-mini", {"input_tokens": 5, "output_tokens": 5})
    assert again.to_dict()["roles"]["user"]["calls"] == 2


def test_a_role_that_changes_models_is_priced_call_by_call(tmp_path: Path) -> None:
    prices = {"offline": (0.0, 0.0), "openai:gpt-4o": (2.5, 10.0)}
    usage = Usage(prices.get, path=tmp_path / "usage.json")
    usage.add("judge", "offline", {"input_tokens": 4_000_000, "output_tokens": 1_000_000})
    usage.save()
    again = Usage(prices.get, path=tmp_path / "usage.json")  # graded again, by another judge
    again.add("judge", "openai:gpt-4o", {"input_tokens": 1_000_000, "output_tokens": 100_000})
    judge = again.to_dict()["roles"]["judge"]
    assert judge["model"] == "offline, openai:gpt-4o" and judge["calls"] == 2
    assert judge["cost_usd"] == 3.5  # not 5M in and 1.1M out at gpt-4o's price
    again.add("judge", "openai:unpriced", {"input_tokens": 1, "output_tokens": 1})
    assert again.to_dict()["roles"]["judge"]["cost_usd"] is None


def test_collaborators_share_the_run_config_and_counts() -> None:
    config = load_model_config(None).with_roles(collaborator="offline")
    context = SimulationContext(model="offline", collaborator_model="offline", config=config)
    collaborators = context.collaborators()
    assert isinstance(collaborators, ModelContext) and collaborators.role == "collaborator"
    assert collaborators.config is config and collaborators.counts() is context.counts()


@pytest.mark.parametrize(("text", "message"), [
    ('[models."openai:a"]\noptions = { api_key = "sk-live" }\n', "api_key may hold a secret"),
    ('[models."openai:a"]\noptions = { default_headers = { Authorization = "Bearer x" } }\n',
     "default_headers may hold a secret"),
    ('[models."openai:a"]\nbase_url = "https://me:pw@host/v1"\n', "a user, a password"),
])
def test_configs_never_carry_secrets_into_run_folders(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "models.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        load_model_config(path)


def test_a_config_that_is_not_utf8_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "models.toml"
    path.write_bytes(b"[roles]\ndefault = '\xff\xfe'\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_model_config(path)


def test_endpoints_match_with_or_without_a_trailing_slash() -> None:
    config = ModelConfig.model_validate({
        "models": {"ollama:llama3": {"base_url": "http://gpu:11434/"}},
        "endpoints": {"http://gpu:11434": {"rpm": 10}}})
    assert config.limits_for(config.endpoint_of("ollama:llama3")).rpm == 10


def test_ordinary_options_are_not_mistaken_for_secrets() -> None:
    options = {"max_tokens": 512, "max_completion_tokens": 512, "temperature": 0.2, "top_p": 0.9,
               "stream_usage": True, "parallel_tool_calls": False, "reasoning_effort": "low",
               "prompt_cache_key": "synthcomp", "model_kwargs": {"user": "lab"}}
    assert ModelSettings(options=options).options == options
    for secret in ("api_key", "openai_api_key", "access_token", "default_headers", "client_secret",
                   "extra_headers"):
        with pytest.raises(ValueError, match="may hold a secret"):
            ModelSettings(options={secret: "x"})
    with pytest.raises(ValueError, match=r"model_kwargs\.extra_headers may hold a secret"):
        ModelSettings(options={"model_kwargs": {"extra_headers": {"Authorization": "Bearer x"}}})
    with pytest.raises(ValueError, match="query"):
        ModelSettings(base_url="https://host/v1?api-key=sk-x")


def test_the_readme_config_example_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    examples = [block.split("```", 1)[0] for block in readme.split("```toml\n")[1:]]
    loaded = []
    for n, example in enumerate(examples):
        path = tmp_path / f"models{n}.toml"
        path.write_text(example)
        loaded.append(load_model_config(path))  # every example in the README loads
    config = next(c for c, text in zip(loaded, examples, strict=True) if "[roles]" in text)
    assert config.model_for("user") == "openai:gpt-4o" and config.model_for("planner") == "openai:gpt-4o-mini"
    assert config.limits_for(config.endpoint_of("openai:gpt-4o")).rpm == 500
    qwen = next(c for c, text in zip(loaded, examples, strict=True) if "context_window" in text)
    assert qwen.window_for("openai:Qwen/Qwen2.5-32B-Instruct") == (32768, 4096)


def test_a_cost_is_unknown_when_tokens_or_prices_are() -> None:
    usage = Usage({"openai:priced": (1.0, 2.0)}.get)
    usage.add("user", "openai:priced", {"input_tokens": 1_000_000, "output_tokens": 0})
    assert usage.to_dict()["roles"]["user"]["cost_usd"] == 1.0
    usage.add("user", "openai:priced", None)  # a server that reports no usage
    assert usage.to_dict()["roles"]["user"]["cost_usd"] is None
    usage.add_retry("planner", "openai:unpriced")  # tried, failed, never answered
    row = usage.to_dict()["roles"]["planner"]
    assert row["calls"] == 0 and row["cost_usd"] is None
    assert "1 retry, cost unknown" in describe_usage(usage.to_dict())[0]  # roles sorted: planner first


def test_model_names_are_trimmed_and_an_empty_one_is_refused() -> None:
    config = load_model_config(None).with_roles(user=" openai:gpt-4o ")
    assert config.model_for("user") == "openai:gpt-4o" and config.prices_for("openai:gpt-4o")
    assert config.prices_for("offline:anything") == (0.0, 0.0)
    with pytest.raises(InputError, match="model name of default is empty"):
        load_model_config(None).with_roles(default="")
