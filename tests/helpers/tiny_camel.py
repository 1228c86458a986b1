"""Build a tiny but *real* CAMeL Tools NER model for tests.

Layout, as ``camel_data -i ner`` leaves it (``CAMELTOOLS_DATA`` = ``root``)::

    root/
        catalogue.json              stub catalogue: importing camel_tools.data reads it instead of
                                    downloading one; it names the NER component's default dataset
        data/ner/arabert/
            config.json             BertConfig (hidden 32, 1 layer, 2 heads, ff 64), CAMeL's 9 labels
            model.safetensors       random weights (seeded: deterministic predictions)
            vocab.txt               BertTokenizer vocabulary: special tokens, Arabic letters (whole and
                                    "##" continuation), digits, Latin letters, a few common words
            tokenizer_config.json   (+ whatever else this transformers version's save_pretrained writes)

``NERecognizer.pretrained()`` and ``NERecognizer(path)`` load it with no network and predict
deterministic nonsense labels — enough to exercise loading, batching, offset mapping and merging.
Building costs ~5 s the first time in a process (importing torch and transformers), then ~0.1 s.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# camel_tools.ner._LABELS, in the order of the published model's config
LABELS = ("B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O")

_SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_AR_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
_WORDS = (
    "في", "من", "على", "إلى", "عن", "قال", "قالت", "أن", "إن", "الذي", "التي", "مع", "بعد", "قبل",
    "الرئيس", "وزير", "وزارة", "سوريا", "العراق", "مصر", "لبنان", "الأمم", "المتحدة", "قوات",
    "دونالد", "ترامب", "محمد", "أحمد", "علي", "مدينة", "الحكومة", "المرصد", "السوري",
)

CATALOGUE = {
    "version": "1.6",
    "packages": {
        "ner-arabert": {
            "description": "Tiny test stand-in for the AraBERT NER model",
            "size": 1,
            "version": "0.0.1",
            "license": "MIT",
            "package_type": "http",
            "url": "http://127.0.0.1:9/ner-arabert.zip",
            "destination": "ner/arabert",
            "dependencies": [],
            "files": [],
            "private": False,
            "sha256": "0" * 64,
        },
    },
    "components": {
        "NamedEntityRecognition": {
            "default": "arabert",
            "datasets": {"arabert": {"path": "ner/arabert"}},
        },
    },
}


def _vocab() -> list[str]:
    vocab: list[str] = list(_SPECIAL)
    seen = set(vocab)

    def add(tok: str) -> None:
        if tok not in seen:
            seen.add(tok)
            vocab.append(tok)

    for w in _WORDS:
        add(w)
    for ch in _AR_LETTERS + "0123456789abcdefghijklmnopqrstuvwxyz":
        add(ch)
        add("##" + ch)
    for ch in ".,،:;!?؟«»\"'()-–—/%":
        add(ch)
    return vocab


def build_tiny_camel_data(root: Path, *, seed: int = 1234) -> Path:
    """Create ``root/catalogue.json`` and a tiny BERT token classifier in ``root/data/ner/arabert``.

    ``root`` is meant to be ``CAMELTOOLS_DATA``. Returns the model folder. Idempotent.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    root = Path(root)
    model_dir = root / "data" / "ner" / "arabert"
    model_dir.mkdir(parents=True, exist_ok=True)
    (root / "catalogue.json").write_text(json.dumps(CATALOGUE, indent=1), encoding="utf-8")

    vocab_file = model_dir / "vocab.txt"
    vocab = _vocab()
    vocab_file.write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer(str(vocab_file), do_lower_case=False, tokenize_chinese_chars=False)
    tokenizer.save_pretrained(str(model_dir))

    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    state = torch.random.get_rng_state()
    try:
        torch.manual_seed(seed)
        model = BertForTokenClassification(config)
        with torch.no_grad():
            # larger random classifier weights: labels vary from token to token, so spans of every
            # type (and B-/I- runs) appear in predictions
            model.classifier.weight.normal_(0.0, 2.0)
            model.classifier.bias.zero_()
    finally:
        torch.random.set_rng_state(state)
    model.save_pretrained(str(model_dir))
    return model_dir
