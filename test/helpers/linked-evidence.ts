// An answers folder with symbolic links of every kind, for the containment tests of evidence paths.
import {execFileSync} from 'node:child_process'
import {mkdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * root/secret.txt, root/outside/doc.csv beside root/answers/, which holds evidence/real.csv and links of
 * every kind: out to /etc/passwd, to a sibling outside, a symlinked subfolder, inside, dangling; and a FIFO.
 */
export async function linkedEvidenceFolder(root: string): Promise<string> {
  const folder = path.join(root, 'answers')
  await mkdir(path.join(folder, 'evidence'), {recursive: true})
  await mkdir(path.join(root, 'outside'))
  await Promise.all([
    writeFile(path.join(root, 'secret.txt'), 'secret'),
    writeFile(path.join(root, 'outside', 'doc.csv'), 'outside'),
    writeFile(path.join(folder, 'evidence', 'real.csv'), 'abc'),
  ])
  await Promise.all([
    symlink('/etc/passwd', path.join(folder, 'passwd')),
    symlink('../secret.txt', path.join(folder, 'sibling')),
    symlink('../outside', path.join(folder, 'linked-folder')),
    symlink('evidence/real.csv', path.join(folder, 'inside')),
    symlink('evidence', path.join(folder, 'evidence-link')),
    symlink('nowhere.csv', path.join(folder, 'dangling')),
    symlink('answers', path.join(root, 'answers-link')),
  ])
  execFileSync('mkfifo', [path.join(folder, 'fifo')])
  return folder
}
