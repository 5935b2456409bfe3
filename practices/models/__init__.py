from .collections import PracticeCollectionPage
from .events import (
    EventIndexPage,
    EventPage,
    EventPageDocument,
    EventPagePractice,
    EventPageRegion,
    EventParticipation,
)
from .inspiration import ActionPractice
from .network import LearningNetworkPage
from .practice_index import PracticeIndexPage
from .practices import PracticePage, PracticePageDocument
from .questions import PracticeQuestion, PracticeQuestionNote, QuestionStatus
from .taxonomy import (
    EventKind,
    ExpertVerdict,
    ImplementationLevel,
    OrganisationCategory,
    Pillar,
    PracticePageTag,
    Topic,
    ValidationStatus,
)
from .transfers import TransferCase, TransferCaseNote, TransferStage
from .validation import ExpertOpinion

__all__ = [
    "ActionPractice",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPageDocument",
    "EventPagePractice",
    "EventPageRegion",
    "EventParticipation",
    "ExpertOpinion",
    "ExpertVerdict",
    "ImplementationLevel",
    "LearningNetworkPage",
    "OrganisationCategory",
    "Pillar",
    "PracticeCollectionPage",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePageDocument",
    "PracticePageTag",
    "PracticeQuestion",
    "PracticeQuestionNote",
    "QuestionStatus",
    "Topic",
    "TransferCase",
    "TransferCaseNote",
    "TransferStage",
    "ValidationStatus",
]
