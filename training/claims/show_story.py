"""Print every sentence of a story folder with its id, as the gold must name it.
usage: python training/claims/show_story.py training/claims/stories/<story>"""
import sys
from pathlib import Path

from annotator.pipeline import segment_articles
from annotator.readers import read_folder


def sentence_ids(folder: Path) -> tuple[list[str], dict[str, str]]:
    """The folder's article ids and each sentence's text by id, segmented as ``annotate`` does."""
    segmented = segment_articles(read_folder(folder).articles)
    return ([a.id for a, _ in segmented],
            {f"{a.id}#{i}": s.text for a, sentences in segmented for i, s in enumerate(sentences)})


if __name__ == "__main__":
    for sid, text in sentence_ids(Path(sys.argv[1]))[1].items():
        print(f"{sid}\t{text}")
