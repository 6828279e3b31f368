"""Checking the measurements against human judgement.

- ``evaluate``: extraction and attribution against gold annotations (``read_gold``,
  ``evaluate_quotes``);
- ``models``: train, evaluate, save and load the target-aware sentiment and stance models;
- ``sampling``: stratified samples of quotes for human coding;
- ``agreement``: agreement between coders, and between coders and the model.

May import: every layer below ``present``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "evaluate": ["evaluate_quotes", "read_gold"],
        "models": [
            "evaluate_predictions", "load_model", "predict_rules", "predict_table", "read_labelled",
            "save_model", "train_model",
        ],
        "sampling": ["sample_for_coding"],
        "agreement": [
            "agreement_table", "cohen_kappa", "krippendorff_alpha", "read_codings", "reliability_matrix",
        ],
    },
)
