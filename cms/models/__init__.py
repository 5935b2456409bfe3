from .cases import BaseCase, BaseCaseNote, CasePriority, CaseReferenceCounter
from .documents import CompeteDocument
from .governance import RegionGovernance
from .workflows import RegionalCoordinatorApprovalTask

__all__ = [
    "BaseCase",
    "BaseCaseNote",
    "CasePriority",
    "CaseReferenceCounter",
    "CompeteDocument",
    "RegionGovernance",
    "RegionalCoordinatorApprovalTask",
]
