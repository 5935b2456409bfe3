from .case_log import CaseLogEntry
from .cases import BaseCase, BaseCaseNote, CasePriority
from .documents import CompeteDocument
from .governance import RegionGovernance
from .references import CaseReferenceCounter
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
