from .cases import (
    BaseCase,
    BaseCaseNote,
    CaseLogEntry,
    CasePriority,
    CaseReferenceCounter,
)
from .documents import CompeteDocument
from .governance import RegionGovernance
from .workflows import RegionalCoordinatorApprovalTask

__all__ = [
    "BaseCase",
    "BaseCaseNote",
    "CaseLogEntry",
    "CasePriority",
    "CaseReferenceCounter",
    "CompeteDocument",
    "RegionGovernance",
    "RegionalCoordinatorApprovalTask",
]
