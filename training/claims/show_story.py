"""Print every sentence of a story folder with its id, as the gold must name it.
usage: python training/claims/show_story.py training/claims/stories/<story>"""
import sys
from pathlib import Path
from annotator.readers import read_folder
from annotator.segment import segment

for article in read_folder(Path(sys.argv[1])).articles:
    for i, s in enumerate(segment(article.text)):
        print(f"{article.id}#{i}\t{s.text}")
