#!/usr/bin/env python3
"""Classes over MAXC lines (default 400) and methods over MAXM lines (default 50) in Java sources.

Usage: python3 scripts/sizes.py core/src/main plugin/src/main sample-dicom/src/main
A brace counter (comments, strings and text blocks skipped), not a parser: a method is a
declaration at class-body depth; records, classes and enums are types, not methods.
"""
import sys,re,os
MAXC,MAXM=int(os.environ.get('MAXC',400)),int(os.environ.get('MAXM',50))
decl=re.compile(r'^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default|native)\s+)*(?:<[^>]+>\s+)?[\w<>\[\],.? ]+?\s+(\w+)\s*\([^;]*$|^\s*(?:(?:public|protected|private)\s+)?([A-Z]\w*)\s*(?:\([^;]*)?\{\s*$')
def strip(line, st):
    out=[];i=0
    while i<len(line):
        c=line[i]
        if st['bc']:
            if line.startswith('*/',i): st['bc']=False; i+=2; continue
            i+=1; continue
        if st['tb']:
            if line.startswith('"""',i): st['tb']=False; i+=3; continue
            i+=1; continue
        if line.startswith('/*',i): st['bc']=True; i+=2; continue
        if line.startswith('//',i): break
        if line.startswith('"""',i): st['tb']=True; i+=3; continue
        if c=='"' or c=="'":
            q=c; i+=1
            while i<len(line) and line[i]!=q:
                i+= 2 if line[i]=='\\' else 1
            i+=1; out.append('S'); continue
        out.append(c); i+=1
    return ''.join(out)
for root in sys.argv[1:]:
  for dp,dn,fn in os.walk(root):
    for f in fn:
      if not f.endswith('.java'): continue
      p=os.path.join(dp,f); lines=open(p).read().split('\n')
      n=len(lines)-(1 if lines[-1]=='' else 0)
      if n>MAXC: print(f"CLASS {n:5d} {p}")
      st={'bc':False,'tb':False}; depth=0; stack=[]; pending=None
      for i,l in enumerate(lines):
        s=strip(l,st)
        # method start: a declaration line at class-body depth (stack top is a type)
        if pending is None and not re.search(r'\b(class|interface|enum|record)\s+\w',s) and re.match(r'^\s*(?:@\w+\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*(?:<[^>]*>\s+)?[\w.<>\[\], ?]+\s+\w+\s*\(',s) and not re.match(r'^\s*(return|new|else|throw)\b',s) and (not stack or stack[-1][0]=='T'):
            m=re.search(r'(\w+)\s*\(',s); pending=(m.group(1),i)
        elif pending is None and not re.search(r'\b(class|interface|enum|record)\s+\w',s) and re.match(r'^\s*(?:(?:public|protected|private)\s+)?[A-Z]\w*\s*\(',s) and (stack and stack[-1][0]=='T'):
            m=re.search(r'(\w+)\s*\(',s); pending=(m.group(1),i)
        for c in s:
          if c=='{':
            if pending is not None:
              stack.append(('M',pending[0],pending[1])); pending=None
            elif re.search(r'\b(class|interface|enum|record)\s+\w',s) and (not stack or stack[-1][0]=='T'):
              stack.append(('T',None,i))
            else: stack.append(('B',None,i))
          elif c=='}':
            if stack:
              k=stack.pop()
              if k[0]=='M':
                ln=i-k[2]+1
                if ln>MAXM: print(f"METHOD {ln:4d} {p}:{k[2]+1} {k[1]}")
          elif c==';' and pending is not None: pending=None
