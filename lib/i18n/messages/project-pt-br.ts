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
  'project.monitoring.computing':
    'O relatório de monitoramento ainda está sendo calculado neste navegador: {what} aparecerão aqui quando ele terminar, sem recarregar a página.',
  'project.monitoring.what.overview': 'os sinais de retreino e a estimativa sem rótulos (CBPE)',
  'project.monitoring.what.drift':
    'a parcela de variáveis com drift frente à regra de 50 %, as variáveis que mais pesam no modelo e os sinais preditivos de retreino',
  'project.monitoring.what.timeline':
    'a saúde bloco a bloco, todos os sinais de retreino e as piores fatias de produção',
  'project.monitoring.failed':
    'Não foi possível calcular o relatório de monitoramento neste navegador ({error}); todos os outros números são mostrados.',
  'project.monitoring.unfinished':
    'O relatório de monitoramento não tinha terminado quando esta página foi fechada, por isso não está aqui: abra a pasta do projeto de novo para calculá-lo.',
  'project.monitoring.verdictPending':
    'Provisório: os sinais de retreino ainda estão sendo calculados, e o veredito passa a contá-los quando chegarem.',
  'project.monitoring.banner':
    'Calculando o relatório de monitoramento (drift por bloco, estimativas sem rótulos, sinais de retreino, piores fatias): a visão geral, o drift e a linha do tempo o mostram quando ele terminar.',
  'project.monitoring.problemsPending':
    'O relatório de monitoramento ainda está sendo calculado: os problemas dele entram nesta lista quando ele terminar.',
  'project.monitoring.bannerDone':
    'Relatório de monitoramento calculado ({seconds} s após a abertura).',
}
