"""The pydantic-free records agree with the pydantic models whenever they accept a policy.

``generator.model.records.read`` is what a build validates a clean policy
with; the models stay the definition of the format and its messages. These
tests hold the two together: the same fields and defaults, the same values for
every input the records accept, and no acceptance of anything the models
refuse, over the example, the scaffold, synthetic chains and thousands of
random mutations.
"""

from __future__ import annotations

import copy
import pickle
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from generator.adapters.scaffold import Business, starter_policy
from generator.load import load_text
from generator.load.source import load_file
from generator.model import policy as models
from generator.model import records
from generator.model.validate import validate
from generator.problems import PolicyError
from tests.conftest import EXAMPLE, MINIMAL, ROOT
from tests.test_limits import big_policy

PAIRS = [(records.RECORDS[name], getattr(models, name)) for name in records.RECORDS]


def dump(value: Any) -> Any:
    """A record or a model as plain lists and mappings, field by field, with the class name."""
    if isinstance(value, (records.Record, BaseModel)):
        fields = value.FIELDS if isinstance(value, records.Record) and not isinstance(value, BaseModel) else list(type(value).model_fields)
        return (type(value).__name__, {f: dump(getattr(value, f)) for f in fields})
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [dump(v) for v in value])
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    return (type(value).__name__, value)


def agree(data: Any) -> bool:
    """Whether the records accepted ``data``; fails if they accept what the models refuse, or differ."""
    read = records.read(data)
    try:
        model = models.Policy.model_validate(data)
    except ValidationError:
        assert read is None, f"the records accept what the models refuse: {data!r}"[:2000]
        return False
    if read is not None:
        assert dump(read) == dump(model)
    return read is not None


def valid_samples() -> list[tuple[str, Any]]:
    samples = [(path.name, load_file(path).data) for path in sorted((ROOT / "policies").glob("*.yaml"))]
    samples.append(("minimal", load_text(MINIMAL.encode(), "minimal.yaml").data))
    for zone, locale in (("America/Los_Angeles", "en-US"), ("Europe/Berlin", "de-DE"), ("Asia/Tokyo", "ja")):
        text = starter_policy(Business("Corner Shoe Co.", zone, locale))
        samples.append((f"starter {locale}", load_text(text.encode(), "starter.yaml").data))
    samples.append(("60 channels, 80 entries", big_policy(60, 80)))
    tracked = copy.deepcopy(samples[0][1])
    answered = [c for c in tracked["channels"] if c.get("role", "answered") == "answered"]
    answered[0]["track_record"] = "true"
    answered[1]["track_record"] = {"window": "14d", "minimum": "5"}
    samples.append(("track records", tracked))
    for path in sorted((ROOT / "tests" / "fixtures" / "two-locations").rglob("*.yaml")):
        samples.append((path.name, load_file(path).data))
    return samples


SAMPLES = valid_samples()


def test_the_records_have_the_models_fields_in_order_and_their_defaults() -> None:
    for record, model in PAIRS:
        assert record.FIELDS == tuple(model.model_fields), record.__name__
        for name, info in model.model_fields.items():
            if info.is_required():
                assert name not in records.DEFAULTS[record.__name__], (record.__name__, name)
            else:
                expected = info.get_default(call_default_factory=True)
                assert dump(records._default(record, name)) == dump(expected), (record.__name__, name)


@pytest.mark.parametrize(("name", "data"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_every_valid_sample_is_read_without_the_models_and_holds_the_same_values(name: str, data: Any) -> None:
    assert agree(data), f"{name}: the records left a valid policy to the models"


POOL: list[Any] = [
    None, "", " ", "x", "  padded  ", "\x1cseparated\x1f", "1", "0", "²", "-3", "true", "False", "maybe", "24/7",
    "closed", "09:00-17:00", "25:00-26:00", "15m", "0m", "1h", "400d", "30d", "2026-02-30", "2026-12-25",
    "https://a.example", "javascript:alert(1)", "mailto:", "America/Halifax", "Mars/Olympus", "en-CA", "xx-YY",
    "CA-NS", "ZZ", "email", "answered", "announcements", "negative", "front-desk", "Front Desk", "n" * 121,
    "t" * 2001, "\u00a0nbsp\u00a0", "\u2028", [], ["x"], [None], ["09:00-12:00", "11:00-13:00"], {}, {"a": "b"},
    {"window": "30d"}, {"mon-fri": "09:00-17:00"}, {"daily": "24/7"}, [{"id": "x"}],
]


def _paths(node: Any, at: tuple = ()) -> list[tuple]:
    found = [at]
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, at + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, at + (i,))
    return found


def _mutate(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = rng.choice(paths)
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        key = path[-1]
        action = rng.random()
        if action < 0.55:
            parent[key] = copy.deepcopy(rng.choice(POOL))
        elif action < 0.7:
            del parent[key]
        elif action < 0.8 and isinstance(parent, dict):
            parent[rng.choice(["nmae", "extra", "id", "hours", "window", "type"])] = copy.deepcopy(rng.choice(POOL))
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        else:
            parent[key] = [parent[key]]
    return data


def test_random_mutations_never_make_the_two_disagree() -> None:
    rng = random.Random(20261201)
    read = 0
    for i in range(4000):
        _, base = SAMPLES[i % len(SAMPLES)]
        read += agree(_mutate(base, rng))
    assert read > 200  # many mutations leave a valid policy, and those are read without the models


def test_records_are_read_only_compare_by_value_pickle_and_copy() -> None:
    policy = records.read(load_file(EXAMPLE).data)
    assert policy is not None
    with pytest.raises(AttributeError, match="Policy is read-only"):
        policy.channels = []  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(policy)) == policy
    assert hash(policy.business) == hash(copy.copy(policy.business))
    emptied = policy.model_copy(update={"closures": records.Closures()})
    assert emptied.closures.dates == [] and policy.closures.dates
    assert emptied.channels is policy.channels
    assert policy.channel(policy.channels[0].id) is policy.channels[0]
    assert repr(policy.faq).startswith("Faq(auto=True, entries=[FaqEntry(question=")


def test_the_models_pass_isinstance_checks_on_the_records_classes() -> None:
    model = models.Policy.model_validate(load_file(EXAMPLE).data)
    assert isinstance(model, records.Policy) and isinstance(model.channels[0], records.Channel)
    assert isinstance(model.channels[0], records.Record)
    assert not isinstance(model.business, records.Channel)


def test_an_invalid_policy_still_gets_the_models_messages() -> None:
    source = load_text(MINIMAL.replace("policy: 1", "policy: 2").encode(), "shop.yaml")
    with pytest.raises(PolicyError) as caught:
        validate(source)
    assert [p.format() for p in caught.value.problems] == ["shop.yaml:1:9: error: policy: '2' is not one of: 1"]


def test_checking_a_valid_policy_does_not_import_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom generator.model.validate import load_policy\n"
        f"load_policy(Path({str(EXAMPLE)!r}))\nprint('pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
