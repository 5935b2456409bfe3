"""The case types the admin knows about, filled as their viewsets are created."""

CASE_MODELS = []


def register_case_model(model):
    if model not in CASE_MODELS:
        CASE_MODELS.append(model)
