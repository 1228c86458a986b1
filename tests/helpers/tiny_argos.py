"""Build a tiny but *real* Argos Translate ar→en package for tests.

The package has the same layout as the ones argospm installs::

    translate-ar_en-0_0_1/
        metadata.json
        sentencepiece.model      SentencePiece trained here on a few Arabic and English sentences
        model/                   a CTranslate2 Transformer (1 encoder + 1 decoder layer, d=32, ff=64)
                                 with small random float32 weights, shared SentencePiece vocabulary

Its output is deterministic nonsense, which is all the tests need: the real loading, tokenising,
batching, alignment, caching and install code paths run unchanged. Builds in well under a second.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

TRAINING_SENTENCES = (
    "تستأنف قوات سوريا الديمقراطية هجومها على بقايا تنظيم داعش في باغوز.",
    "قال مسؤول عسكري أمريكي إن قرابة 1000 من مقاتلي التنظيم فروا إلى العراق.",
    "استعرضت صحيفة الجارديان البريطانية الوضع في المنطقة ورصدت معاناة المدنيين.",
    "وحسب تقارير إعلامية، فإنه تم نقل حوالي 300 مدني إلى مخيم في شمال سوريا.",
    "دعا الرئيس الأمريكي دونالد ترامب حلفاءه الأوروبيين إلى قبول المقاتلين.",
    "وقال المرصد السوري لحقوق الإنسان اليوم الثلاثاء إن المفاوضات لم تسفر عن نتائج.",
    "أعلنت الحكومة المصرية في القاهرة عن خطة جديدة للاقتصاد بقيمة 200 مليون دولار.",
    "The Syrian Democratic Forces resumed their attack on the remnants of the group.",
    "A US military official said that about 1000 fighters fled to Iraq.",
    "The British newspaper reviewed the situation and the suffering of civilians.",
    "According to media reports, about 300 civilians were moved to a camp in northern Syria.",
    "President Donald Trump called on his European allies to accept the fighters.",
    "The observatory said on Tuesday that the negotiations produced no results.",
    "The Egyptian government in Cairo announced a new economic plan worth 200 million dollars.",
)

D_MODEL = 32
D_FF = 64


def _train_sentencepiece(dest: Path) -> list[str]:
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TRAINING_SENTENCES * 3),
        model_writer=buf,
        vocab_size=200,
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type="unigram",
        minloglevel=2,
    )
    dest.write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_file=str(dest))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _random_spec(vocab: list[str], seed: int, *, layers: tuple[int, int] = (1, 1), heads: int = 2,
                 d_model: int = D_MODEL, d_ff: int = D_FF) -> Any:
    import numpy as np
    from ctranslate2.specs import TransformerSpec
    from ctranslate2.specs.model_spec import visit_spec

    rng = np.random.default_rng(seed)
    spec = TransformerSpec.from_config(layers, heads)
    d, ff, v = d_model, d_ff, len(vocab)

    def shape_for(name: str) -> tuple[int, ...]:
        if name.endswith(("layer_norm/gamma", "layer_norm/beta")):
            return (d,)
        if "embeddings" in name or "projection" in name:
            return (v, d)
        if "ffn/linear_0" in name:
            return (ff, d)
        if "ffn/linear_1" in name:
            return (d, ff)
        if "self_attention/linear_0" in name:
            return (3 * d, d)  # fused query/key/value
        if "/attention/linear_1" in name:
            return (2 * d, d)  # fused key/value of the encoder-decoder attention
        return (d, d)

    def fill(layer: Any, scope: str, value: Any) -> None:
        if value is not None:
            return  # already set, or an optional variable ("__optional") we leave out
        attr = scope.rsplit("/", 1)[-1]
        shape = shape_for(scope)
        if attr == "gamma":
            arr = np.ones(shape, dtype=np.float32)
        elif attr == "beta":
            arr = np.zeros(shape, dtype=np.float32)
        else:
            arr = (rng.standard_normal(shape) * 0.3).astype(np.float32)
        setattr(layer, attr, arr)

    visit_spec(spec, fill)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def _save_ct2_model(spec: Any, out_dir: Path) -> None:
    from ctranslate2.converters import Converter

    class _SpecConverter(Converter):
        def _load(self) -> Any:
            return spec

    _SpecConverter().convert(str(out_dir), force=True)


def build_tiny_argos_package(
    dest_dir: str | Path,
    version: str = "0.0.1",
    *,
    seed: int = 1234,
    extra_metadata: dict[str, Any] | None = None,
    size: str = "tiny",
) -> Path:
    """Build ``dest_dir/translate-ar_en-<version>.argosmodel`` and return its path.

    ``size="base"`` builds the shape of a real Argos model instead (Transformer-base: 6 + 6 layers,
    d=512, ff=2048, 8 heads; float32, 170 MB unpacked; ~10 s) — still random weights and the tiny
    vocabulary — for measuring what loading and running a full-size model costs (benchmarks)."""
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    folder = "translate-ar_en-" + version.replace(".", "_")
    work = Path(tempfile.mkdtemp(prefix="tiny-argos-"))
    try:
        pkg = work / folder
        pkg.mkdir()
        vocab = _train_sentencepiece(pkg / "sentencepiece.model")
        shape: dict[str, Any] = {"tiny": {}, "base": {"layers": (6, 6), "heads": 8, "d_model": 512, "d_ff": 2048}}[size]
        _save_ct2_model(_random_spec(vocab, seed, **shape), pkg / "model")
        metadata: dict[str, Any] = {
            "package_version": version,
            "argos_version": "1.9.0",
            "from_code": "ar",
            "from_name": "Arabic",
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "links": [],
        }
        metadata.update(extra_metadata or {})
        (pkg / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (pkg / "README.md").write_text("Tiny random test model. Output is nonsense.\n", encoding="utf-8")
        archive = dest / f"{folder}.argosmodel"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(pkg, f"{folder}/")
            for path in sorted(pkg.rglob("*")):
                arcname = f"{folder}/{path.relative_to(pkg).as_posix()}"
                zf.write(path, arcname + ("/" if path.is_dir() else ""))
        return archive
    finally:
        shutil.rmtree(work, ignore_errors=True)


ARGOS_ENV_VARS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR")


def argos_env(root: str | Path) -> dict[str, str]:
    """Environment variables pointing every argostranslate directory below root (for subprocesses)."""
    r = Path(root)
    return {
        "XDG_DATA_HOME": str(r / "data"),
        "XDG_CONFIG_HOME": str(r / "config"),
        "XDG_CACHE_HOME": str(r / "cache"),
        "ARGOS_PACKAGES_DIR": str(r / "packages"),
    }


def import_argos_isolated(root: str | Path | None = None) -> Any:
    """Import ``argostranslate.settings`` with its directories in a throwaway folder; return it.

    argostranslate reads its environment variables and creates its directories **at import**, so the
    first import must happen with them set, or it writes into the real home. If argostranslate is
    already imported, or the environment already isolates it (tests/conftest.py does), it is left as it
    is. Otherwise the variables point below ``root`` (default: a temp folder removed at exit) during
    the import only, and os.environ is restored. Tests also monkeypatch
    ``settings.package_data_dir``/``package_dirs`` to their own folders, so they never depend on this.
    """
    import atexit
    import importlib
    import os
    import sys

    if "argostranslate.settings" in sys.modules:
        return sys.modules["argostranslate.settings"]
    if all(os.environ.get(k) for k in ARGOS_ENV_VARS):
        return importlib.import_module("argostranslate.settings")
    if root is None:
        root = tempfile.mkdtemp(prefix="sahifa-argos-")
        atexit.register(shutil.rmtree, root, True)
    saved = {k: os.environ.get(k) for k in ARGOS_ENV_VARS}
    os.environ.update(argos_env(root))
    try:
        importlib.import_module("argostranslate.settings")
        importlib.import_module("argostranslate.package")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return sys.modules["argostranslate.settings"]
