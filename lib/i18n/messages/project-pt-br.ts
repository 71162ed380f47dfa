import type { projectMessagesEn } from './project-en'

/** Mensagens de "Abrir um projeto", no catálogo em português. */
export const projectMessagesPtBr: Record<keyof typeof projectMessagesEn, string> = {
  'project.open': 'Abrir um projeto',
  'runs.sourceLocal':
    'Lido neste navegador de {location} ({kind}) do projeto aberto. Execuções: {runs}; experimentos: {experiments}; modelos registrados: {models}.',
  'project.openFolder': 'Abrir uma pasta…',
  'project.openFiles': 'Abrir arquivos…',
  'project.dialogTitle': 'Abra o seu próprio projeto',
  'project.dialogHelp':
    'Escolha a pasta do projeto (uma pasta mlruns/ ou mlflow.db, arquivos parquet de predições, arquivos de mapeamento, modelos) ou solte-a aqui. O painel é calculado nesta máquina: nada é enviado.',
  'project.drop': 'Solte uma pasta ou arquivos aqui',
  'project.close': 'Fechar',
  'project.stage.reading': 'Lendo os arquivos',
  'project.stage.columns': 'Reconhecendo as colunas',
  'project.stage.statistics': 'Estatísticas',
  'project.stage.runs': 'Execuções',
  'project.stage.models': 'Modelos',
  'project.stage.monitoring': 'Monitoramento',
  'project.progress': 'Montando o painel de {name}',
  'project.failed': 'Não foi possível abrir {name}: {error}',
  'project.banner':
    'Mostrando o seu projeto local {name}, calculado neste navegador ({seconds} s): nada foi enviado.',
  'project.backToBuilt': 'Voltar aos dados publicados',
  'project.missing':
    'Este link mostra um projeto local (source=local), que não está aberto neste navegador. Abra-o de novo ou volte aos dados publicados.',
  'project.empty':
    'Este site foi gerado sem dados. Abra a pasta do seu projeto para ver o painel dele, calculado neste navegador.',
}
